-- One-time set-up of a Virtuoso database for ltgraph (run as dba with isql-vt).
-- {user} and {password} are placeholders: launch.py fills them in from the environment
-- (LTGRAPH_REMOTE_USER, LTGRAPH_REMOTE_PASSWORD); never commit a filled-in copy.
--
-- The user may update through SPARQL (/sparql-auth, digest authentication) and through the
-- Graph Store Protocol (/sparql-graph-crud-auth); anonymous users (/sparql) may only read.
DB.DBA.USER_CREATE ('{user}', '{password}');
GRANT SPARQL_SELECT TO "{user}";
GRANT SPARQL_UPDATE TO "{user}";
-- 3 = read + write on every graph for the loading user (no sponging: Virtuoso never fetches
-- anything on ltgraph's behalf); 1 = read only for everyone else
DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('{user}', 3);
DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 1);
