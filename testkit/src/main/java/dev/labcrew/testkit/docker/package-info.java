/**
 * {@link dev.labcrew.testkit.docker.FakeDocker}, a Docker Engine API simulator for tests and demos, and its JUnit 5
 * extension {@link dev.labcrew.testkit.docker.FakeDockerExtension}.
 *
 * <h2>Scenario files</h2>
 * Built-in scenarios live at {@code dev/labcrew/testkit/docker/scenarios/NAME.json}; your own load with
 * {@link dev.labcrew.testkit.docker.DockerScenario#fromFile}. Unknown keys are refused. Ages count back from the
 * moment the engine starts; sizes are bytes. The engine's event log ({@code GET /events}) holds each container's last
 * start and, for one that is not running, its exit: {@code kill} events when {@code killedBy} is {@code docker},
 * an {@code oom} event when {@code oomKilled}, then {@code die}. An exit 137 with neither is a SIGKILL from outside
 * Docker, such as an OOM kill whose flag the engine missed.
 *
 * <pre>{@code
 * {
 *   "name": "my-host",
 *   "host": {"name": "docker01", "os": "Debian GNU/Linux 12 (bookworm)", "kernel": "6.8.12-4-pve", "ncpu": 4,
 *            "memTotal": 8589934592, "warnings": []},
 *   "images": [{"tags": ["nginx:1.27-alpine"], "size": 51380224, "ageDays": 34},
 *              {"id": "<64 hex>", "tags": [], "size": 1267015680, "ageDays": 41}],      // no tags: dangling
 *   "volumes": [{"name": "pgdata", "size": 1181116006, "ageDays": 400}],              // unused when no container mounts it
 *   "networks": [{"name": "proxy", "driver": "bridge", "subnet": "172.20.0.0/16", "gateway": "172.20.0.1"}],
 *   "containers": [{
 *     "name": "web", "image": "nginx:1.27-alpine",                                    // image: one of the tags above
 *     "state": "running",                                                             // running|restarting|exited|created
 *     "upMinutes": 60, "exitedMinutesAgo": 0, "exitCode": 0, "oomKilled": false,   // exited: its last run lasted upMinutes
 *     "killedBy": "docker",                          // exit 137 by docker stop/kill: a kill event precedes the die event
 *     "restartCount": 14, "restartEverySeconds": 20,                                  // > 0: a crash loop, the count climbs
 *     "restartPolicy": "unless-stopped", "memLimit": 268435456, "tty": false,
 *     "ports": ["8080:80/tcp"], "networks": ["proxy"], "volumes": ["pgdata:/var/lib/postgresql/data"],
 *     "health": {"status": "unhealthy", "failingStreak": 12, "probes": [{"exitCode": 1, "output": "curl: (7) ..."}]},
 *     "usage": {"cpuPercent": 2.5, "memory": 14680064, "netRx": 0, "netTx": 0, "blockRead": 0, "blockWrite": 0, "pids": 5},
 *     "logs": [{"stream": "stderr", "text": "..."}]                                    // oldest first, 10 s apart
 *   }]
 * }
 * }</pre>
 */
package dev.labcrew.testkit.docker;
