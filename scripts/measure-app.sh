#!/usr/bin/env bash
# Measures the trainer under Xvfb with Mesa's software renderer (release build):
#  - start to the first usable frame of Home, against a bare Bevy + bevy_egui window (same run);
#  - idle CPU on Home and on Play while waiting for a choice;
#  - peak memory (VmHWM) with the Japanese font loaded.
# Needs xvfb, mesa-vulkan-drivers and libvulkan1 (installed with apt when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v Xvfb >/dev/null; then
  apt-get install -y xvfb mesa-vulkan-drivers libvulkan1 >/dev/null
fi
export DISPLAY=${DISPLAY:-:97}
if [ ! -e "/tmp/.X11-unix/X${DISPLAY#:}" ]; then
  Xvfb "$DISPLAY" -screen 0 1280x800x24 >/dev/null 2>&1 &
  XVFB=$!
  trap 'kill $XVFB 2>/dev/null || true' EXIT
  sleep 1
fi
export MADOGUCHI_DATA_DIR=$(mktemp -d)
cargo build --release --quiet
cargo build --release --quiet --example bare_egui
BIN=target/release/madoguchi
BARE=target/release/examples/bare_egui
RUNS=${RUNS:-5}

echo "== start to first usable frame (ms), $RUNS runs each, alternating"
app=(); bare=()
for _ in $(seq "$RUNS"); do
  bare+=("$("$BARE" 2>/dev/null | awk '/ready_ms/ {print $2}')")
  app+=("$(MADOGUCHI_REPORT_READY=1 "$BIN" 2>/dev/null | awk '/ready_ms/ {print $2}')")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "bare Bevy + bevy_egui: ${bare[*]} (median $(median "${bare[@]}"))"
echo "Madoguchi Home:        ${app[*]} (median $(median "${app[@]}"))"
awk -v a="$(median "${app[@]}")" -v b="$(median "${bare[@]}")" 'BEGIN {printf "ratio: %.2f\n", a / b}'

cpu_of() { # pid seconds -> percent of one core over the window
  local pid=$1 secs=$2 hz t0 t1
  hz=$(getconf CLK_TCK)
  t0=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  sleep "$secs"
  t1=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  awk -v a="$t0" -v b="$t1" -v hz="$hz" -v s="$secs" 'BEGIN {printf "%.2f", (b - a) / hz / s * 100}'
}

echo "== idle CPU (% of one core, 20 s after 5 s to settle) and peak memory"
"$BIN" --lang ja >/dev/null 2>&1 &
PID=$!
sleep 5
echo "Home: $(cpu_of $PID 20)%  VmHWM $(awk '/VmHWM/ {print $2, $3}' /proc/$PID/status)"
kill $PID; wait $PID 2>/dev/null || true

"$BIN" play --scenario invalid_job_change_first_visit --lang ja >/dev/null 2>&1 &
PID=$!
sleep 5
echo "Play: $(cpu_of $PID 20)%  VmHWM $(awk '/VmHWM/ {print $2, $3}' /proc/$PID/status)"
kill $PID; wait $PID 2>/dev/null || true
rm -rf "$MADOGUCHI_DATA_DIR"
