using Olympics.Orleans.Grains.EventSourcing;
using Olympics.Orleans.GrainInterfaces;
using Olympics.Orleans.Grains.Feeds.Streams;
using Olympics.Orleans.Silo.Feeds;
using Olympics.Orleans.Silo.Hosting.Clustering;
using Orleans.Configuration;
using Orleans.Dashboard;
using Orleans.Serialization;

namespace Olympics.Orleans.Silo.Hosting;

/// <summary>Hosts an Orleans silo beside ASP.NET Core in the silo's one host.</summary>
internal static class OrleansHosting
{
    public static void AddOrleansSilo(this WebApplicationBuilder builder)
    {
        var settings = OrleansSettings.From(builder.Configuration);
        builder.Services.AddSingleton(settings);
        builder.Services.AddEventSourcedGrains();
        builder.Services.Configure<EventSourcingOptions>(builder.Configuration.GetSection("EventSourcing"));
        builder.UseOrleans(silo =>
        {
            silo.UseClustering(builder.Configuration, settings);
            silo.Services.AddSerializer(serializer => serializer.AddContractTypes());
            silo.AddActivityPropagation();
            silo.AddIncomingGrainCallFilter<StoreFailureCallFilter>();
            silo.AddResultStreams(FeedOptions.From(builder.Configuration).Streams);
            // Served under /dashboard to holders of the admin key only (Endpoints/DashboardEndpoints.cs). Its call filter
            // profiles every grain call, so a silo that needs every cycle can go without (Orleans:Dashboard=false).
            if (settings.Dashboard)
            {
                silo.AddDashboard();
            }
            silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = settings.ResponseTimeout);
            silo.Configure<GrainCollectionOptions>(o =>
            {
                o.CollectionAge = settings.CollectionAge;
                o.CollectionQuantum = settings.CollectionQuantum;
            });
        });
    }
}
