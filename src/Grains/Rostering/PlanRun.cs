using Olympics.Orleans.Contracts.Rostering;
using Olympics.Orleans.Rostering.Checking;
using Olympics.Orleans.Rostering.Model;
using Olympics.Orleans.Rostering.Solver;

namespace Olympics.Orleans.Grains.Rostering;

/// <summary>
/// One plan solving off the grain's scheduler (Task.Run on the thread pool, once a solver slot is free), its progress
/// written by the solver's thread and read by the grain's queries, then checked by the independent checker.
/// </summary>
internal sealed class PlanRun : IProgress<SolveProgress>
{
    private volatile SolveProgress? _progress;
    private volatile string _status = "waiting";

    private PlanRun(int number, long inputVersion, RosterInstance instance) => (Number, InputVersion, Instance) = (number, inputVersion, instance);

    public int Number { get; }

    /// <summary>The version of the roster's input stream the plan was made from: a later import makes it stale.</summary>
    public long InputVersion { get; }

    public RosterInstance Instance { get; }

    public Task Completion { get; private set; } = Task.CompletedTask;

    public RosterPlan? Plan { get; private set; }

    public CheckReport? Checked { get; private set; }

    public string? Error { get; private set; }

    public static PlanRun Start(int number, long inputVersion, RosterInstance instance, SolveOptions options, SolverSlots slots)
    {
        var run = new PlanRun(number, inputVersion, instance);
        run.Completion = Task.Run(() => run.RunAsync(options, slots));
        return run;
    }

    public void Report(SolveProgress value) => _progress = value;

    public PlanView View(string roster)
    {
        var p = _progress;
        return new PlanView(roster, Number, _status, p?.Phase ?? "", p?.Elapsed.TotalSeconds ?? 0, p?.Steps ?? 0, p?.Filled ?? 0,
            Checked is { } r && Plan is { } plan ? PlanResults.View(r, plan) : null, Error);
    }

    private async Task RunAsync(SolveOptions options, SolverSlots slots)
    {
        await slots.WaitAsync(CancellationToken.None);
        try
        {
            _status = "running";
            var result = RosterSolver.Solve(Instance, options, this);
            Checked = PlanChecker.Check(Instance, result.Plan);
            Plan = result.Plan;
            _progress = new SolveProgress("done", result.Elapsed, result.SearchSteps, result.Plan.Assignments.Count, result.Gained);
            _status = "done";
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The plan's caller is long gone: the failure is its answer, read from GET .../plans/{plan}.
            Error = e.Message;
            _status = "failed";
        }
        finally
        {
            slots.Release();
        }
    }
}
