#!/usr/bin/env bash
# newsgraph serve, side by side with a plain Fuseki serving the same data, on this machine, loopback only.
#
#   (a) start-up: from `java -jar target/newsgraph.jar serve --port P` (builds the bundled article in memory)
#       to the endpoint answering ASK {}, against the plain Fuseki main of the same shaded jar
#       (org.apache.jena.fuseki.main.cmds.FusekiMainCmd, Jena 5.6.0, no newsgraph code) loading the same
#       graph from a TriG file written by `newsgraph build`; median/min/max of $STARTS runs each, alternating.
#       Extra row: `serve --location` reopening a TDB2 store (no rebuild).
#   (b) throughput of competency question 1 (queries/01-who-supplies-russia.rq) by GET, JSON results,
#       $CLIENTS concurrent connections (wrk), $DURATION per run, $RUNS runs each, alternating, after a warm-up:
#       requests/s and p50/p99 latency, medians and the newsgraph/Fuseki ratio. A $WARMUP run each first (JIT).
#
# Both JVMs get the same flags ($JAVA_OPTS) and their default logging (stderr to files under target/bench/).
# Query 1 relies on the union default graph; plain Fuseki has no such switch for an in-memory dataset, so
# its TriG file also carries the union of the named graphs as default-graph triples (same answers; Fuseki
# then reads a plain graph where newsgraph reads a union view).
#
# Builds nothing: expects target/newsgraph.jar (mvn -DskipTests package) and wrk (apt-get install wrk).
# Writes target/bench/serve-compare.md.
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=target/newsgraph.jar
OUT=target/bench
WORK=$OUT/serve-compare
JAVA_OPTS=${JAVA_OPTS:--Xmx1g}
STARTS=${STARTS:-5}
RUNS=${RUNS:-3}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-10s}
CLIENTS=${CLIENTS:-4}
THREADS=${THREADS:-2}
STARTUP_LIMIT_S=120
# FusekiMainCmd configures Log4j2, which the jar does not ship (newsgraph logs through slf4j-simple): this
# property makes it leave logging alone, so its log goes through slf4j-simple at its default level.
FUSEKI_LOGGING=-Dlog4j2.configurationFile=none
ARTICLE=articles/hankyoreh-2023-11-02-nk-shells-russia.txt

[ -f "$JAR" ] || { echo "serve-compare: no $JAR (run: mvn -DskipTests package)" >&2; exit 2; }
command -v wrk >/dev/null || { echo "serve-compare: no wrk (apt-get install wrk)" >&2; exit 2; }
command -v curl >/dev/null || { echo "serve-compare: no curl" >&2; exit 2; }
rm -rf "$WORK"; mkdir -p "$WORK"

PIDS=()
cleanup() { for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
urlenc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.stdin.read(), safe=""))'; }
# median / min / max of numbers on stdin
stats() { sort -g | awk '{a[NR]=$1} END {m = NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2; printf "%s %s %s\n", m, a[1], a[NR]}'; }

# --- data for plain Fuseki: TriG from newsgraph build, plus the union as default-graph triples --------
java $JAVA_OPTS -jar "$JAR" build -q "$ARTICLE" -o "$WORK/data.trig"
java $JAVA_OPTS -jar "$JAR" build -q "$ARTICLE" -o "$WORK/data.nq"
cp "$WORK/data.trig" "$WORK/fuseki.trig"
sed -E 's/ <[^>]*> \.$/ ./' "$WORK/data.nq" | sort -u >> "$WORK/fuseki.trig"

ASK=$(printf 'ASK {}' | urlenc)
CQ1=$(urlenc < queries/01-who-supplies-russia.rq)

# start_server KIND PORT LOG [ARGS...] -> sets PID; KIND: newsgraph | fuseki | reopen
start_server() {
  local kind=$1 port=$2 log=$3
  case $kind in
    newsgraph) java $JAVA_OPTS -jar "$JAR" serve --port "$port" >/dev/null 2>"$log" & ;;
    reopen)    java $JAVA_OPTS -jar "$JAR" serve --port "$port" --location "$WORK/tdb2" >/dev/null 2>"$log" & ;;
    fuseki)    java $JAVA_OPTS $FUSEKI_LOGGING -cp "$JAR" org.apache.jena.fuseki.main.cmds.FusekiMainCmd --localhost \
                 --port="$port" --file="$WORK/fuseki.trig" /ds >/dev/null 2>"$log" & ;;
  esac
  PID=$!
  PIDS+=("$PID")
}
endpoint() { if [ "$1" = fuseki ]; then echo "http://127.0.0.1:$2/ds/sparql"; else echo "http://127.0.0.1:$2/sparql"; fi; }

# wait until the endpoint answers ASK {}; prints ms since $1
await_ready() {
  local t0=$1 url=$2 deadline=$(( $(now_ms) + STARTUP_LIMIT_S * 1000 ))
  until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url?query=$ASK")" = 200 ]; do
    [ "$(now_ms)" -lt "$deadline" ] || { echo "serve-compare: $url not ready in ${STARTUP_LIMIT_S}s" >&2; exit 1; }
    sleep 0.02
  done
  echo $(( $(now_ms) - t0 ))
}

stop_server() { kill -TERM "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

# --- (a) start-up ---------------------------------------------------------------------------------
# a TDB2 store for the reopen row
port=$(free_port); java $JAVA_OPTS -jar "$JAR" serve --port "$port" --location "$WORK/tdb2" "$ARTICLE" >/dev/null 2>"$WORK/tdb2-build.log" &
PID=$!; PIDS+=("$PID"); await_ready "$(now_ms)" "$(endpoint newsgraph "$port")" >/dev/null; stop_server "$PID"

: > "$WORK/startup.tsv"
for i in $(seq "$STARTS"); do
  for kind in newsgraph fuseki reopen; do
    port=$(free_port); t0=$(now_ms)
    start_server "$kind" "$port" "$WORK/start-$kind-$i.log"
    ms=$(await_ready "$t0" "$(endpoint "$kind" "$port")") || exit 1
    stop_server "$PID"
    printf '%s\t%s\t%s\n' "$kind" "$i" "$ms" >> "$WORK/startup.tsv"
    echo "start-up $kind #$i: $ms ms" >&2
  done
done

# --- (b) throughput of CQ1 ------------------------------------------------------------------------
np=$(free_port); start_server newsgraph "$np" "$WORK/load-newsgraph.log"; NPID=$PID
fp=$(free_port); start_server fuseki "$fp" "$WORK/load-fuseki.log"; FPID=$PID
await_ready "$(now_ms)" "$(endpoint newsgraph "$np")" >/dev/null
await_ready "$(now_ms)" "$(endpoint fuseki "$fp")" >/dev/null

ACCEPT='Accept: application/sparql-results+json'
for kind in newsgraph fuseki; do
  port=$np; [ "$kind" = fuseki ] && port=$fp
  answer=$(curl -s -H "$ACCEPT" "$(endpoint "$kind" "$port")?query=$CQ1")
  grep -q 'entity/country/north-korea' <<< "$answer" || { echo "serve-compare: $kind does not answer North Korea: $answer" >&2; exit 1; }
  wrk -t"$THREADS" -c"$CLIENTS" -d"$WARMUP" -H "$ACCEPT" "$(endpoint "$kind" "$port")?query=$CQ1" >/dev/null # JIT warm-up
done

to_ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; printf "%.3f\n", v}'; }
: > "$WORK/load.tsv"
for r in $(seq "$RUNS"); do
  for kind in newsgraph fuseki; do
    port=$np; [ "$kind" = fuseki ] && port=$fp
    out=$(wrk -t"$THREADS" -c"$CLIENTS" -d"$DURATION" --latency -H "$ACCEPT" "$(endpoint "$kind" "$port")?query=$CQ1")
    echo "$out" > "$WORK/wrk-$kind-$r.txt"
    rps=$(echo "$out" | awk '/^Requests\/sec:/ {print $2}')
    p50=$(echo "$out" | awk '$1=="50%" {print $2}' | to_ms)
    p99=$(echo "$out" | awk '$1=="99%" {print $2}' | to_ms)
    bad=$(echo "$out" | awk '/Non-2xx/ {print $NF}'); bad=${bad:-0}
    [ "$bad" = 0 ] || { echo "serve-compare: $kind answered $bad non-2xx responses" >&2; exit 1; }
    printf '%s\t%s\t%s\t%s\t%s\n' "$kind" "$r" "$rps" "$p50" "$p99" >> "$WORK/load.tsv"
    echo "load $kind #$r: $rps req/s, p50 $p50 ms, p99 $p99 ms" >&2
  done
done
rss_n=$(awk '/VmRSS/ {print $2/1024}' "/proc/$NPID/status"); rss_f=$(awk '/VmRSS/ {print $2/1024}' "/proc/$FPID/status")
stop_server "$NPID"; stop_server "$FPID"

# --- report ---------------------------------------------------------------------------------------
col() { awk -F'\t' -v k="$1" -v c="$2" '$1==k {print $c}' "$3" | stats; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }
read -r sn_med sn_min sn_max < <(col newsgraph 3 "$WORK/startup.tsv")
read -r sf_med sf_min sf_max < <(col fuseki 3 "$WORK/startup.tsv")
read -r sr_med sr_min sr_max < <(col reopen 3 "$WORK/startup.tsv")
read -r rn_med rn_min rn_max < <(col newsgraph 3 "$WORK/load.tsv")
read -r rf_med rf_min rf_max < <(col fuseki 3 "$WORK/load.tsv")
read -r pn_med pn_min pn_max < <(col newsgraph 4 "$WORK/load.tsv")
read -r pf_med pf_min pf_max < <(col fuseki 4 "$WORK/load.tsv")
read -r qn_med qn_min qn_max < <(col newsgraph 5 "$WORK/load.tsv")
read -r qf_med qf_min qf_max < <(col fuseki 5 "$WORK/load.tsv")

{
  echo "# newsgraph serve vs plain Fuseki"
  echo
  echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1), JAVA_OPTS='$JAVA_OPTS', Jena 5.6.0."
  echo "Plain Fuseki: \`java $JAVA_OPTS $FUSEKI_LOGGING -cp $JAR org.apache.jena.fuseki.main.cmds.FusekiMainCmd --localhost --file=fuseki.trig /ds\`"
  echo "(the TriG of \`newsgraph build\` plus the union of its named graphs as default-graph triples)."
  echo "Other processes share the machine: read ratios, not absolute figures."
  echo
  echo "## (a) Start-up to the endpoint answering ASK {} (ms, $STARTS runs each)"
  echo
  echo "| server | median | min | max |"
  echo "|---|---|---|---|"
  echo "| newsgraph \`serve\` (builds the article) | $sn_med | $sn_min | $sn_max |"
  echo "| plain Fuseki (loads the TriG) | $sf_med | $sf_min | $sf_max |"
  echo "| newsgraph \`serve --location\` (reopens TDB2) | $sr_med | $sr_min | $sr_max |"
  echo
  echo "Ratio newsgraph / Fuseki (median): $(ratio "$sn_med" "$sf_med"); reopen / Fuseki: $(ratio "$sr_med" "$sf_med")."
  echo
  echo "## (b) Competency question 1, $CLIENTS concurrent clients (wrk -t$THREADS -c$CLIENTS), $DURATION, $RUNS runs each"
  echo
  echo "| server | req/s median | min | max | p50 ms median | p99 ms median (min-max) |"
  echo "|---|---|---|---|---|---|"
  echo "| newsgraph | $rn_med | $rn_min | $rn_max | $pn_med | $qn_med ($qn_min-$qn_max) |"
  echo "| plain Fuseki | $rf_med | $rf_min | $rf_max | $pf_med | $qf_med ($qf_min-$qf_max) |"
  echo
  echo "Throughput ratio newsgraph / Fuseki (median req/s): $(ratio "$rn_med" "$rf_med"); p50 ratio: $(ratio "$pn_med" "$pf_med"); p99 ratio: $(ratio "$qn_med" "$qf_med")."
  echo "Resident memory after the load runs: newsgraph ${rss_n} MiB, Fuseki ${rss_f} MiB."
  echo
  echo "Raw: \`$WORK/startup.tsv\`, \`$WORK/load.tsv\`, wrk outputs and server logs in \`$WORK/\`."
} > "$OUT/serve-compare.md"
cat "$OUT/serve-compare.md"
