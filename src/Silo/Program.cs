using Olympics.Orleans.Silo;
using Olympics.Orleans.Silo.Commands;

return SiloCli.IsCommand(args) ? await SiloCli.RunAsync(args) : await SiloHost.RunAsync(args);
