# bash completion for mentor (installed as share/bash-completion/completions/mentor).
# The candidates come from the mentor being completed, `mentor __complete`,
# so they are always its own subcommands, options, option values, and the
# ids of people and pairs in the records directory (-C, $MENTOR_DIR...).

_mentor() {
    local cur words cword
    if declare -F _init_completion >/dev/null; then
        _init_completion -n = || return  # keep --option=value in one word
    else
        # Without the bash-completion package: the words up to the cursor.
        read -ra words <<<"${COMP_LINE:0:COMP_POINT}"
        [[ ${COMP_LINE:COMP_POINT-1:1} == [[:space:]] || ${#words[@]} -eq 0 ]] && words+=("")
        cword=$((${#words[@]} - 1)) cur=${words[cword]}
    fi
    local cmd=${words[0]/#\~/$HOME} prefix=
    # readline replaces only what follows the '=' of --option=value.
    [[ $cur == --*=* ]] && prefix=${cur%%=*}= cur=${cur#*=}
    # One line a candidate; split at line ends only, with no globbing (a
    # pipe read line by line would be slow on 20,000 ids).
    local - IFS=$'\n' out
    set -f
    out=$("$cmd" __complete words -- "${words[@]:1:cword}" 2>/dev/null)
    local -a lines=($out)
    IFS=$' \t\n'
    COMPREPLY=()
    case ${lines[0]-} in  # file or folder names asked for
    :file) _mentor_paths -f; lines=("${lines[@]:1}") ;;
    :dir) _mentor_paths -d; lines=("${lines[@]:1}") ;;
    esac
    lines=("${lines[@]%%$'\t'*}")  # the descriptions are for zsh and fish
    COMPREPLY+=("${lines[@]#"$prefix"}")
}

# File (-f) or folder (-d) names for the word being completed, $cur.
_mentor_paths() {
    if ! declare -F _filedir >/dev/null; then
        compopt -o filenames 2>/dev/null
        mapfile -t COMPREPLY < <(compgen "$1" -- "$cur")
    elif [[ $1 == -d ]]; then
        _filedir -d
    else
        _filedir
    fi
}

complete -F _mentor mentor
