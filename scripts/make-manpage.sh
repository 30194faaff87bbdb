#!/bin/bash
# Usage: scripts/make-manpage.sh PATH-TO-JIXIAO > jixiao.1
# Writes a man page (roff) from the command's own --help texts: the main command and every
# subcommand, so the page always matches the binary it documents.
set -euo pipefail
BIN=${1:?path to the jixiao binary}
version=$("$BIN" --version)
# Escapes roff's special characters in help text.
roff() { sed -e 's/\\/\\e/g' -e 's/^\./\\\&./' -e "s/^'/\\\\\&'/" -e 's/^-/\\-/'; }
# Subcommand names, read from the SUBCOMMANDS section of the main help.
subcommands() {
  "$BIN" --help | awk '/^SUBCOMMANDS:/{on=1;next} on&&/^[A-Z]/{on=0} on&&/^  [a-z][a-z-]* /{print $1}'
}
echo ".TH JIXIAO 1 \"\" \"jixiao $version\" \"User Commands\""
echo ".SH NAME"
echo "jixiao \\- performance management as a static site"
echo ".SH SYNOPSIS"
echo ".B jixiao"
echo "\\fISUBCOMMAND\\fR [\\fIOPTIONS\\fR]"
echo ".SH DESCRIPTION"
echo ".nf"
"$BIN" --help | roff
echo ".fi"
for sub in $(subcommands); do
  echo ".SH \"JIXIAO $(echo "$sub" | tr a-z A-Z)\""
  echo ".nf"
  "$BIN" help "$sub" | roff
  echo ".fi"
  if [ "$sub" = theme ]; then
    echo ".SS \"jixiao theme export\""
    echo ".nf"
    "$BIN" help theme export | roff
    echo ".fi"
  fi
done
echo ".SH SEE ALSO"
echo "README.md, docs/content-model.md, docs/rules.md and docs/site.md in the jixiao repository."
