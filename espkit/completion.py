# GPLv2, see LICENSE.
"""Shell completion for esptool.py: `esptool.py completion bash|zsh` prints a script
made from the command line's own argparse table, so every command, option and
choice the tool takes (its 5.x spellings included) completes, and nothing it does
not. zsh runs the same function through its bash-completion layer (bashcompinit).

    eval "$(esptool.py completion bash)"        # in ~/.bashrc
    eval "$(esptool.py completion zsh)"         # in ~/.zshrc
"""
import argparse
import sys

# The names the completion is attached to: how the tool is installed and run.
PROGRAM_NAMES = ("esptool.py", "esptool")
FUNCTION = "_esptool_py_complete"


def completion_args(parser):
    parser.add_argument("shell", choices=["bash", "zsh"],
                        help="the shell to print the script for")


def completion(args):
    import esptool
    sys.stdout.write(script(esptool.build_parser(), args.shell))


def option_table(parser):
    """-> (options: every option string, values: {option: choices}) of one parser."""
    options, values = [], {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction) or not action.option_strings:
            continue
        options += action.option_strings
        choices = action.choices or flash_sizes(action)
        if choices:
            for name in action.option_strings:
                values[name] = [str(choice) for choice in choices]
    return options, values


def flash_sizes(action):
    """--flash_size checks its value itself (it also takes old megabit names): its sizes."""
    if getattr(action, "allow_detect", None) is None:
        return None
    import esptool
    return esptool.flash_size_names() + (["detect", "keep"] if action.allow_detect else [])


def commands_of(parser):
    """{command name: its parser}, both spellings (write_flash, write-flash)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def words(items):
    return " ".join(sorted(set(items)))


def script(parser, shell):
    """The completion script for `shell` ("bash" or "zsh")."""
    global_options, global_values = option_table(parser)
    commands = commands_of(parser)
    value_cases, option_cases = [], []
    for option, choices in sorted(global_values.items()):
        value_cases.append('        *:%s) values="%s" ;;' % (option, words(choices)))
    for name, sub in sorted(commands.items()):
        options, values = option_table(sub)
        option_cases.append('        %s) options="%s" ;;' % (name, words(options)))
        for option, choices in sorted(values.items()):
            value_cases.append('        %s:%s) values="%s" ;;' % (name, option, words(choices)))
    lines = [
        "# esptool.py completion for %s, made by 'esptool.py completion %s'." % (shell, shell),
    ]
    if shell == "zsh":
        lines += ["autoload -U +X bashcompinit && bashcompinit"]
    lines += [
        "%s() {" % FUNCTION,
        '    local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"',
        '    local command="" word i values="" options=""',
        "    for ((i = 1; i < COMP_CWORD; i++)); do",
        '        word="${COMP_WORDS[i]}"',
        '        case " %s " in *" $word "*) command="$word"; break ;; esac'
        % words(commands),
        "    done",
        '    case "$command:$prev" in',
    ] + value_cases + [
        "    esac",
        '    if [ -n "$values" ]; then',
        '        COMPREPLY=($(compgen -W "$values" -- "$cur")); return',
        "    fi",
        '    if [ -z "$command" ]; then',
        '        case "$cur" in',
        '            -*) COMPREPLY=($(compgen -W "%s" -- "$cur")) ;;' % words(global_options),
        '            *) COMPREPLY=($(compgen -W "%s" -- "$cur")) ;;' % words(commands),
        "        esac",
        "        return",
        "    fi",
        '    case "$command" in',
    ] + option_cases + [
        "    esac",
        '    case "$cur" in',
        '        -*) COMPREPLY=($(compgen -W "$options" -- "$cur")) ;;',
        '        *) COMPREPLY=($(compgen -f -- "$cur")) ;;',
        "    esac",
        "}",
        "complete -o filenames -F %s %s" % (FUNCTION, " ".join(PROGRAM_NAMES)),
    ]
    return "\n".join(lines) + "\n"
