# Sourced by run.sh and text-forms.sh, with their arguments [faq-eval dir] [vector cache] [work dir]: the paths,
# a JDK >= 21, and the experiment's classes compiled against knowledge-base/target/kb.jar into the work directory.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
eval_dir="${1:-$root/../shared/faq-eval}"
work="${3:-$root/knowledge-base/target/ranking-features}"
cache="${2:-$work/vectors.bin}"
. "$root/bin/java-home.sh"
classpath="$work/classes:$root/knowledge-base/target/kb.jar"
mkdir -p "$work/classes"
javac -d "$work/classes" -cp "$root/knowledge-base/target/kb.jar" $(find "$here/src" -name '*.java')
