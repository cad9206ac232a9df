# fish completion for mentor (installed as share/fish/vendor_completions.d/mentor.fish).
# The candidates come from the mentor being completed, `mentor __complete`,
# so they are always its own subcommands, options, option values, and the
# ids of people and pairs in the records directory (-C, $MENTOR_DIR...).

function __mentor_complete
    set -l words (commandline -opc)
    set -l current (commandline -ct)
    set -l option (string match -r -- '^--[^=]*=' $current)  # --output=FILE
    set -l value (string replace -r -- '^--[^=]*=' '' $current)
    for line in ($words[1] __complete words -- $words[2..-1] $current 2>/dev/null)
        switch $line
            case :file
                for path in (__fish_complete_path $value)
                    echo "$option$path"
                end
            case :dir
                for path in (__fish_complete_directories $value)
                    echo "$option$path"
                end
            case '*'
                echo $line
        end
    end
end

complete -c mentor -f -a '(__mentor_complete)'
