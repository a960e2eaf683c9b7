return await Olympics.Orleans.Replay.Cli.ReplayCli.RunAsync(args, Console.Out, Console.Error);
