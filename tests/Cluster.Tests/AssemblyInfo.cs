// Each test runs two or three silo processes whose failure detection probes every second: run one test at a time, so
// that one test's processes do not starve another's of CPU on a two-core machine and make it suspect a healthy silo.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
