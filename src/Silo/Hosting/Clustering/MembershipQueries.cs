using Orleans.Runtime;

namespace Olympics.Orleans.Silo.Hosting.Clustering;

/// <summary>
/// The query texts Orleans' ADO.NET clustering provider reads from its query table (<c>OrleansQuery</c>: one row per
/// query key), written for our tables in <see cref="MembershipSchema"/>. The contract they implement: the provider
/// names its parameters <c>DeploymentId</c> (the cluster id), <c>Address</c>/<c>Port</c>/<c>Generation</c> (a silo),
/// <c>Version</c> (the table version it read) and the entry's fields, and reads result columns by those names.
/// Every change of a silo's row (insert, status, suspicions) is conditional on the table version being the one the
/// silo read and moves it on by one in the same statement: that optimistic check is what makes the membership
/// protocol safe. The "I am alive" heartbeat alone does not move the version.
/// </summary>
internal static class MembershipQueries
{
    private const string SiloIs = "s.address = @Address and s.port = @Port and s.generation = @Generation";

    private const string Entry = """
        v.version as "Version", s.address as "Address", s.port as "Port", s.generation as "Generation",
        s.silo_name as "SiloName", s.host_name as "HostName", s.status as "Status", s.proxy_port as "ProxyPort",
        s.suspect_times as "SuspectTimes", s.start_time as "StartTime", s.i_am_alive_time as "IAmAliveTime"
        """;

    /// <summary>The query texts by key, for the tables in <paramref name="schema"/> (an identifier already checked).</summary>
    public static IReadOnlyDictionary<string, string> For(string schema) => new Dictionary<string, string>
    {
        // The version row comes back even when no silo matches (the silo columns then null): the provider takes the
        // table version from the first row.
        ["MembershipReadAllKey"] = $"""
            select {Entry}
            from {schema}.cluster_version v left join {schema}.cluster_silo s on s.cluster_id = v.cluster_id
            where v.cluster_id = @DeploymentId
            """,
        ["MembershipReadRowKey"] = $"""
            select {Entry}
            from {schema}.cluster_version v left join {schema}.cluster_silo s on s.cluster_id = v.cluster_id and {SiloIs}
            where v.cluster_id = @DeploymentId
            """,
        ["InsertMembershipVersionKey"] = $"""
            with created as (
                insert into {schema}.cluster_version (cluster_id, version, changed_at) values (@DeploymentId, 0, now())
                on conflict (cluster_id) do nothing
                returning 1)
            select count(*) > 0 from created
            """,
        ["InsertMembershipKey"] = $"""
            with moved as (
                update {schema}.cluster_version set version = version + 1, changed_at = now()
                where cluster_id = @DeploymentId and version = @Version
                  and not exists (select 1 from {schema}.cluster_silo s where s.cluster_id = @DeploymentId and {SiloIs})
                returning cluster_id),
            inserted as (
                insert into {schema}.cluster_silo
                    (cluster_id, address, port, generation, silo_name, host_name, status, proxy_port, start_time, i_am_alive_time)
                select cluster_id, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort, @StartTime, @IAmAliveTime
                from moved
                returning 1)
            select count(*) = 1 from inserted
            """,
        ["UpdateMembershipKey"] = $"""
            with moved as (
                update {schema}.cluster_version set version = version + 1, changed_at = now()
                where cluster_id = @DeploymentId and version = @Version
                  and exists (select 1 from {schema}.cluster_silo s where s.cluster_id = @DeploymentId and {SiloIs})
                returning cluster_id),
            updated as (
                update {schema}.cluster_silo s
                set status = @Status, suspect_times = @SuspectTimes, i_am_alive_time = @IAmAliveTime
                from moved
                where s.cluster_id = moved.cluster_id and {SiloIs}
                returning 1)
            select count(*) = 1 from updated
            """,
        ["UpdateIAmAlivetimeKey"] = $"""
            update {schema}.cluster_silo s set i_am_alive_time = @IAmAliveTime
            where s.cluster_id = @DeploymentId and {SiloIs}
            """,
        ["GatewaysQueryKey"] = $"""
            select s.address as "Address", s.proxy_port as "ProxyPort", s.generation as "Generation"
            from {schema}.cluster_silo s
            where s.cluster_id = @DeploymentId and s.status = @Status and s.proxy_port > 0
            """,
        // The silos' rows go with the version row (on delete cascade).
        ["DeleteMembershipTableEntriesKey"] = $"""
            delete from {schema}.cluster_version where cluster_id = @DeploymentId
            """,
        // Only rows of silos declared dead that stopped beating before the given time.
        ["CleanupDefunctSiloEntriesKey"] = $"""
            delete from {schema}.cluster_silo s
            where s.cluster_id = @DeploymentId and s.status = {(int)SiloStatus.Dead} and s.i_am_alive_time < @IAmAliveTime
            """,
    };
}
