#!/usr/bin/env bash
# Pictures of every screen in Japanese and English, at 1024×768 and 1920×1080, at the smallest
# and the largest text size, under Xvfb with Mesa's software renderer (the same as the smoke
# test). Usage: scripts/screenshots.sh [OUT_DIR] (default target/screenshots); uses the debug
# build (cargo build first). Each picture's layout is checked (--check-layout): text cut at the
# side or drawn over other text is listed. Needs xvfb, mesa-vulkan-drivers and libvulkan1.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/screenshots}"
bin="${MADOGUCHI_BIN:-${CARGO_TARGET_DIR:-target}/debug/madoguchi}"
mkdir -p "$out"
if [ -z "${DISPLAY:-}" ]; then
  export DISPLAY=":$((90 + RANDOM % 9))"
  Xvfb "$DISPLAY" -screen 0 1920x1080x24 >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill "$xvfb" 2>/dev/null || true' EXIT
  sleep 1
fi
data="$(mktemp -d)"
screens=(
  "home auth_ordinary_face home -"
  "library auth_ordinary_face library -"
  "settings auth_ordinary_face settings -"
  "trainer auth_ordinary_face trainer -"
  "studio auth_ordinary_face studio -"
  "studio-pack docs/example-pack/example_expired_cert.ron studio -"
  "studio-map docs/example-pack/example_expired_cert.ron studio-map -"
  "assessment auth_ordinary_face assessment -"
  "records auth_ordinary_face records -"
  "play conduct_kuromaru_name play -"
  "feedback auth_ordinary_face play 2,1,1"
  "debrief auth_ordinary_face debrief 2,1,1,3,1,1,3"
  "window auth_ordinary_face window window-greet,ask_for_insurance_document,guide_to_reader"
  "window-debrief auth_ordinary_face window-debrief window-greet,guide_to_reader,choose_auth-face,confirm_by-my_number_card,charge-30,window-finish"
)
failed=0
layout=0
for lang in ja en; do
  for size in 1024x768 1920x1080; do
    for scale in 0.8 1.6; do
      for entry in "${screens[@]}"; do
        read -r name scenario show steps <<<"$entry"
        file="$out/$name-$lang-$size-$scale.png"
        args=(play --scenario "$scenario" --lang "$lang" --size "$size" --text-scale "$scale" --check-layout --screenshot "$file")
        case "$show" in
          window) args+=(--free --act "$steps") ;;
          window-debrief) args+=(--free --show debrief --act "$steps") ;;
          *) args+=(--show "$show"); [ "$steps" != "-" ] && args+=(--choose "$steps") ;;
        esac
        code=0
        MADOGUCHI_DATA_DIR="$data" timeout 120 "$bin" "${args[@]}" >/dev/null 2>"$out/.stderr" || code=$?
        if [ "$code" -eq 4 ]; then
          echo "layout: $file" >&2
          grep -o "layout: .*" "$out/.stderr" | sed 's/^/  /' >&2
          layout=$((layout + 1))
        elif [ "$code" -ne 0 ]; then
          echo "failed: ${args[*]}" >&2
          grep -E "ERROR|error:" "$out/.stderr" | grep -v XDG_RUNTIME_DIR >&2 || true
          failed=1
        fi
      done
    done
  done
done
rm -rf "$data" "$out/.stderr"
echo "$(ls "$out"/*.png | wc -l) pictures in $out; $layout with text cut or overlapping"
exit "$failed"
