#!/bin/bash
# Checks that ccmctl's bash completion and the man pages cover what the programs' --help texts list:
#   - the completion offers exactly the commands, profile actions and options of every --help text, no more;
#   - ccmctl.1 names every command, profile action and option; ccm-importer.1 every option of ccm-importer --help.
# Usage: check-cli-docs.sh CCMCTL COMPLETION_FILE CCMCTL_MAN_PAGE [CCM_IMPORTER CCM_IMPORTER_MAN_PAGE]
# The man pages may be roff sources or gzip-compressed.
set -u
ccmctl=$1 completion=$2 ccmctl_man=$3 gui=${4:-} gui_man=${5:-}
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

# Options of a help text: "-h, --help", "--json", "--name <NAME>" at the start of an indented line.
options_of() { grep -oE '^ +(-[a-zA-Z], )?--[a-z][a-z-]*' | tr -d ' ' | tr ',' '\n' | sort -u; }
# The words of an indented section, e.g. the commands under "Commands:".
section_words() { sed -n "/^$1:/,/^\$/p" | grep -oE '^  [a-z][a-z-]*' | tr -d ' '; }

# What the completion offers for a command line whose last word is being completed.
complete_words() {
    # shellcheck disable=SC1090
    (
        . "$completion"
        func=$(complete -p ccmctl | sed -nE 's/.*-F ([^ ]+).*/\1/p')
        COMP_WORDS=("$@")
        COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
        COMPREPLY=()
        "$func" ccmctl "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
        printf '%s\n' "${COMPREPLY[@]}"
    ) | sort -u
}

# Same set, or the differences as a failure.
same() {
    local what=$1 expected=$2 offered=$3
    local missing extra
    missing=$(comm -23 <(echo "$expected" | sed '/^$/d' | sort -u) <(echo "$offered" | sed '/^$/d' | sort -u) | xargs)
    extra=$(comm -13 <(echo "$expected" | sed '/^$/d' | sort -u) <(echo "$offered" | sed '/^$/d' | sort -u) | xargs)
    [ -z "$missing" ] || fail "completion of $what lacks: $missing"
    [ -z "$extra" ] || fail "completion of $what offers what --help does not list: $extra"
}

man_text() { if gzip -t "$1" 2>/dev/null; then gzip -dc "$1"; else cat "$1"; fi | sed 's/\\-/-/g'; }
in_man() {
    local page=$1 text=$2 word=$3
    grep -qE -- "(^|[^a-zA-Z-])$word([^a-zA-Z-]|\$)" <<<"$text" || fail "$(basename "$page") does not mention $word"
}

[ -r "$completion" ] || { echo "FAIL: no completion file $completion"; exit 1; }
[ -r "$ccmctl_man" ] || { echo "FAIL: no man page $ccmctl_man"; exit 1; }
man=$(man_text "$ccmctl_man")

overview=$("$ccmctl" --help) || fail "ccmctl --help failed"
commands=$(section_words Commands <<<"$overview")
[ -n "$commands" ] || fail "no commands found in ccmctl --help"
top_options=$(sed -n '/^Options:/,$p' <<<"$overview" | options_of)
same "ccmctl" "$commands"$'\n'"$top_options" "$(complete_words ccmctl '')"
for word in $commands $top_options; do in_man "$ccmctl_man" "$man" "$word"; done

checked=0
for command in $commands; do
    help=$("$ccmctl" "$command" --help) || fail "ccmctl $command --help failed"
    options=$(options_of <<<"$help")
    [ -n "$options" ] || [ "$command" = profile ] || fail "no options found in ccmctl $command --help"
    if [ "$command" = profile ]; then
        actions=$(section_words Actions <<<"$help")
        [ -n "$actions" ] || fail "no actions found in ccmctl profile --help"
        same "ccmctl profile" "$actions"$'\n'"$options" "$(complete_words ccmctl profile '')"
        for action in $actions; do
            in_man "$ccmctl_man" "$man" "profile $action"
            action_options=$("$ccmctl" profile "$action" --help | options_of)
            same "ccmctl profile $action -" "$action_options" "$(complete_words ccmctl profile "$action" -)"
            for option in $action_options; do in_man "$ccmctl_man" "$man" "$option"; done
            checked=$((checked + 1))
        done
    else
        same "ccmctl $command -" "$options" "$(complete_words ccmctl "$command" -)"
    fi
    for option in $options; do in_man "$ccmctl_man" "$man" "$option"; done
    checked=$((checked + 1))
done

if [ -n "$gui" ]; then
    [ -r "$gui_man" ] || { echo "FAIL: no man page $gui_man"; exit 1; }
    text=$(man_text "$gui_man")
    gui_options=$("$gui" --help | options_of)
    [ -n "$gui_options" ] || fail "no options found in ccm-importer --help"
    for option in $gui_options; do in_man "$gui_man" "$text" "$option"; done
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures problem(s): update resources/linux/completions/ccmctl and resources/linux/man/ to the --help texts."
    exit 1
fi
echo "Completion and man pages match the --help texts of $checked commands and actions."
