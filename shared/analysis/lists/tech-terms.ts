/** Technical terms a backend engineer uses and a product manager usually would not. Generic words
 * (service, system, app, code, feature, data) are left out on purpose: anyone telling the story says them. */

/** Single-word terms. */
export const TECH_WORDS: readonly string[] = `
api apis endpoint endpoints rest grpc graphql http https tcp udp dns tls ssl cdn websocket
websockets webhook webhooks json protobuf schema schemas database databases db dbs sql nosql
postgres postgresql mysql sqlite mongodb mongo dynamodb cassandra redis memcached elasticsearch
opensearch kafka rabbitmq sqs sns kinesis pubsub queue queues topic topics partition partitions
partitioned consumer consumers producer producers cache caches caching cached ttl eviction latency
latencies throughput p50 p90 p95 p99 p999 qps rps tps slo slos sla slas sli uptime availability
migration migrations migrate migrated index indexes indices indexing query queries table tables row
rows column columns shard shards sharding replica replicas replication failover cluster clusters
node nodes host hosts container containers docker kubernetes k8s pod pods helm terraform ansible aws
gcp azure s3 ec2 lambda ecs eks cloudwatch datadog grafana prometheus kibana splunk sentry pagerduty
opsgenie incident incidents postmortem outage outages alert alerts alerting dashboard dashboards
monitoring observability tracing trace traces tracer metrics logging logs profiler profiling
profiled heap memory leak oom cpu gc thread threads threading concurrency deadlock mutex lock locks
locking timeout timeouts retry retries backoff jitter throttling autoscaling autoscale testing
benchmark benchmarks canary rollout rollback rollbacks deploy deploys deployment deployments
deployed release pipeline pipelines ci cd builds tests regression staging production prod config
configuration pool worker workers cron backfill snapshot snapshots backup backups idempotent
idempotency transaction transactions consistency acid serialization payload payloads compression
encryption auth oauth jwt token tokens session sessions cookie cookies sdk library dependency
dependencies vulnerability cve patch microservice microservices monolith orm hash
hashing bytecode jvm python java golang rust typescript nodejs
kotlin scala linux kernel syscall disk iops ssd stream cdc streaming etl
bigquery snowflake spark airflow dag hadoop
backend frontend parser parsing serializer deserializer normalizer regex string strings cutover
schema validation endpoint sharded shard failback hotfix revert reverted bisect heapdump grpc
throughput backlog replay dlq sidecar proxy nginx envoy istio vpc subnet iam kms secrets vault
linter lint exception exceptions stacktrace runbook runbooks mttr pager paging escalation cli bucket
buckets credentials permissions ssrf xss csrf cors url urls ip allowlist denylist
sanitize sanitization validation injection certificate certificates tls dns coredns heap gateway oom
server servers instance instances vm vms scheduler cronjob utc timezone timestamp timestamps clock
script scripts environment environments cert certs handshake smtp indexer mapping mappings outbox
contention upsert constraint constraints isolation serializable async asynchronous synchronous polling
batching batches bulk socket sockets port ports firewall bandwidth ssh shell runtime compiler
goroutine goroutines pprof profiles repo repository commit commits branch merges binary
opentelemetry otel jaeger zipkin jenkins circleci gitlab dags percentile flaky directory filesystem
tokenization tokenized rpc stub stubs prototype interface interfaces module modules csv normalization
normalize normalized fuzzy offline sync syncing etag refactor refactored refactoring codebase semaphore
checksum checksums uuid enum null nulls integer float decimal rounding utf encoding unicode ascii
bytes kilobytes megabytes gigabytes crud jsonb diff diffed migrations typescript javascript react
android ios kotlin swift parquet avro aurora dynamo patches eol denormalized denormalize joins crm
looker tableau integration integrations
`
  .split(/\s+/)
  .filter(Boolean);

/** Multi-word terms; hyphenated forms match too. */
export const TECH_PHRASES: readonly string[] = [
  'error rate',
  'stored procedure',
  'stored procedures',
  'error rates',
  'on call',
  'post mortem',
  'structured logging',
  'flame graph',
  'memory leak',
  'out of memory',
  'garbage collection',
  'race condition',
  'advisory lock',
  'circuit breaker',
  'rate limiter',
  'rate limiting',
  'load balancer',
  'load balancing',
  'horizontal scaling',
  'vertical scaling',
  'load test',
  'load testing',
  'stress test',
  'blue green',
  'feature flag',
  'feature flags',
  'roll back',
  'rolled back',
  'test suite',
  'unit tests',
  'integration tests',
  'contract test',
  'contract tests',
  'connection pool',
  'connection pooling',
  'batch job',
  'batch jobs',
  'idempotency key',
  'eventual consistency',
  'isolation level',
  'n plus one',
  'full table scan',
  'query plan',
  'query planner',
  'composite index',
  'foreign key',
  'primary key',
  'append only',
  'partition key',
  'consistent hashing',
  'bloom filter',
  'token bucket',
  'lua script',
  'memory footprint',
  'change stream',
  'event sourcing',
  'data warehouse',
  'dead letter queue',
  'message queue',
  'read replica',
  'write load',
  'cache hit rate',
  'hot partition',
  'thundering herd',
  'retry storm',
  'backpressure',
  'dual write',
  'dual writes',
  'session store',
  'shadow read',
  'shadow reads',
  'cache invalidation',
  'thread pool',
  'code review',
  'load shedding',
  'message broker',
  'api gateway',
  'service mesh',
  'cold start',
  'hot path',
  'critical path',
  'request path',
  'error handling',
  'stack trace',
  'dry run',
  'mean time to acknowledge',
  'mean time to recovery',
  'heap dump',
  'heap dumps',
  'config file',
  'status code',
  'status codes',
  'deny list',
  'allow list',
  'sql injection',
  'pull request',
  'pull requests',
  'input validation',
  'ip ranges',
  'materialized view',
  'lock contention',
  'github actions',
  'integration test',
  'unit test',
  'temp directory',
  'load tested',
  'cache key',
  'cache warming',
  'write volume',
  'service to service',
  'state machine',
  'api key',
  'api keys',
  'rate limit',
  'rate limits',
  'a/b test',
  'graph database',
  'key management',
  'module boundary',
  'exact match',
  'fuzzy matching',
  'conflict resolution',
  'read only',
  'push notifications',
  'feature toggle',
  'data model',
  'access pattern',
  'access patterns',
  // Speech-to-text spellings of store and tool names.
  'post grass',
  'post gress',
  'postgres sql',
  's three',
  'air flow',
  'dynamo db',
  'big query',
  'elastic search',
  'behind a flag',
  'end of life',
  'identity matching',
  'entity resolution',
];
