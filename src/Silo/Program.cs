using Olympics.Orleans.Silo;

return await SiloHost.RunAsync(args);
