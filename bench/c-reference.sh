# Sourced by compare.sh and compare-libraries.sh: builds the reference C loop from
# ../shared/reference/online_mlp.c (or $M4J_C_REFERENCE) into $tmp and sets c_bin to it, or leaves c_bin
# empty with a message when the source or gcc is missing. Expects $root, $tmp and $script (for messages).
ref_dir=${M4J_C_REFERENCE:-$root/../shared/reference}
c_bin=""
if [ -f "$ref_dir/online_mlp.c" ]; then
  if command -v gcc >/dev/null 2>&1; then
    gcc -O3 -march=native -o "$tmp/online_mlp" "$ref_dir/online_mlp.c" -lm
    c_bin="$tmp/online_mlp"
  else
    echo "$script: gcc not found; skipping the C reference column" >&2
  fi
else
  echo "$script: no C reference at $ref_dir/online_mlp.c; skipping the C column" \
       "(set M4J_C_REFERENCE to the folder that holds online_mlp.c)" >&2
fi
