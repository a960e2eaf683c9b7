using Olympics.Orleans.Benchmarks;

// Usage: Benchmarks <scenario> [--seconds N] [--writers N] [--events N] [--schema S] [--dashboard]; scenarios: grain-append,
// bulk-append, grain-calls (--dashboard: with the Orleans dashboard), activation, import, import-copy --from S (the rows of
// import's schema S again by raw binary COPY), roster-publish (a first roster publication of --events assignments), and schema (creates Marten's schema, mt_quick_append_events included, for pgbench). PostgreSQL scenarios read OLYMPICS_TEST_PG (bench/run.sh starts a server).
var options = BenchOptions.Parse(args);
return options.Scenario switch
{
    "grain-append" => await GrainAppendBenchmark.RunAsync(options),
    "bulk-append" => await BulkAppendBenchmark.RunAsync(options),
    "grain-calls" => await GrainCallsBenchmark.RunAsync(options),
    "activation" => await ActivationBenchmark.RunAsync(options),
    "schema" => await SchemaSetup.RunAsync(options),
    "gate-visibility" => await GateVisibilityBenchmark.RunAsync(options),
    "qualification-visibility" => await QualificationVisibilityBenchmark.RunAsync(options),
    "gate-check" => await GateCheckBenchmark.RunAsync(options),
    "import" => await ImportBenchmark.RunAsync(options),
    "import-copy" => await ImportCopyBenchmark.RunAsync(options, args.SkipWhile(a => a != "--from").Skip(1).FirstOrDefault() ?? "bench_import"),
    "results-snapshots" => await ResultSnapshotBenchmark.RunAsync(options),
    "rebuild" => await RebuildBenchmark.RunAsync(options),
    "roster-publish" => await RosterPublishBenchmark.RunAsync(options),
    "export-seed" or "export-read" or "export-csv" => await ExportBenchmark.RunAsync(options),
    _ => BenchOptions.Usage($"unknown scenario '{options.Scenario}'"),
};
