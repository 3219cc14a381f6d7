#compdef start-import-labels-task-run get-ml-task-run
# zsh completion for glue-import-labels
# Install: glue-import-labels-completion zsh > "${fpath[1]}/_glue-import-labels" (then restart zsh), or
# add eval "$(glue-import-labels-completion zsh)" to ~/.zshrc after compinit.
_glue_import_labels_profiles() {
  local -a profiles
  profiles=(${(f)"$(glue-import-labels-completion --profiles 2>/dev/null)"})
  _describe 'profile' profiles
}
_glue_import_labels() {
  case "$service" in
  start-import-labels-task-run)
    _arguments -s \
    '--transform-id[The unique identifier of the machine learning transform]:value: ' \
    '--input-s3-path[The Amazon Simple Storage Service]:value: ' \
    '--replace-all-labels[Indicates whether to overwrite your existing labels]' \
    '--no-replace-all-labels[Add the imported labels to the existing ones]' \
    '--cli-input-json[Read the parameters from a JSON document]:value: ' \
    '--cli-input-yaml[Read the parameters from a YAML document]:value: ' \
    '--generate-cli-skeleton[Print a parameter skeleton and send nothing]::value:(input output yaml-input)' \
    '--wait[Wait until the task run ends]' \
    '--wait-interval[Seconds between polls while waiting]:value: ' \
    '--wait-timeout[Seconds to wait before giving up]:value: ' \
    '--no-progress[While waiting, print no progress on stderr]' \
    '--dry-run[Check everything and print the request that would be sent]' \
    '--check-labels[Before starting, read the labels file from S3 and the transforms schema, and refuse a file Glue would fail on]' \
    '--backup-labels-to[With --replace-all-labels]:value: ' \
    '--debug[Log the resolved settings, the request]' \
    '--endpoint-url[Send the request to this URL instead of the default Glue endpoint]:value: ' \
    '--no-verify-ssl[Do not verify TLS certificates]' \
    '--no-paginate[Accepted for compatibility]' \
    '--output[Output format]:value:(json text table yaml yaml-stream off)' \
    '--query[A JMESPath expression applied to the response]:value: ' \
    '--profile[Use this profile from the shared config and credentials files]:profile:_glue_import_labels_profiles' \
    '--region[The AWS Region to send the request to]:value: ' \
    '--version[Print the tool, SDK and Node versions and exit]' \
    '--color[Colour table output]:value:(on off auto)' \
    '--no-sign-request[Send the request unsigned]' \
    '--ca-bundle[A PEM file of certificate authorities to trust for TLS]:file:_files' \
    '--cli-read-timeout[Seconds to wait for a response]:value: ' \
    '--cli-connect-timeout[Seconds to wait for a connection]:value: ' \
    '--cli-binary-format[Accepted for compatibility]:value:(base64 raw-in-base64-out)' \
    '--no-cli-pager[Never send the output to a pager]' \
    '--cli-auto-prompt[Prompt for the parameters interactively]' \
    '--no-cli-auto-prompt[Do not prompt, whatever AWS_CLI_AUTO_PROMPT or cli_auto_prompt say]' \
    '--cli-error-format[How errors are printed on stderr]:value:(legacy json yaml text table enhanced)' \
    '(-h --help)'{-h,--help}'[Print this help and exit]' \
    '*::'
    ;;
  get-ml-task-run)
    _arguments -s \
    '--transform-id[The unique identifier of the machine learning transform]:value: ' \
    '--task-run-id[The unique identifier of the task run]:value: ' \
    '--cli-input-json[Read the parameters from a JSON document]:value: ' \
    '--cli-input-yaml[Read the parameters from a YAML document]:value: ' \
    '--generate-cli-skeleton[Print a parameter skeleton and send nothing]::value:(input output yaml-input)' \
    '--wait[Wait until the task run ends]' \
    '--wait-interval[Seconds between polls while waiting]:value: ' \
    '--wait-timeout[Seconds to wait before giving up]:value: ' \
    '--no-progress[While waiting, print no progress on stderr]' \
    '--dry-run[Check everything and print the request that would be sent]' \
    '--debug[Log the resolved settings, the request]' \
    '--endpoint-url[Send the request to this URL instead of the default Glue endpoint]:value: ' \
    '--no-verify-ssl[Do not verify TLS certificates]' \
    '--no-paginate[Accepted for compatibility]' \
    '--output[Output format]:value:(json text table yaml yaml-stream off)' \
    '--query[A JMESPath expression applied to the response]:value: ' \
    '--profile[Use this profile from the shared config and credentials files]:profile:_glue_import_labels_profiles' \
    '--region[The AWS Region to send the request to]:value: ' \
    '--version[Print the tool, SDK and Node versions and exit]' \
    '--color[Colour table output]:value:(on off auto)' \
    '--no-sign-request[Send the request unsigned]' \
    '--ca-bundle[A PEM file of certificate authorities to trust for TLS]:file:_files' \
    '--cli-read-timeout[Seconds to wait for a response]:value: ' \
    '--cli-connect-timeout[Seconds to wait for a connection]:value: ' \
    '--cli-binary-format[Accepted for compatibility]:value:(base64 raw-in-base64-out)' \
    '--no-cli-pager[Never send the output to a pager]' \
    '--cli-auto-prompt[Prompt for the parameters interactively]' \
    '--no-cli-auto-prompt[Do not prompt, whatever AWS_CLI_AUTO_PROMPT or cli_auto_prompt say]' \
    '--cli-error-format[How errors are printed on stderr]:value:(legacy json yaml text table enhanced)' \
    '(-h --help)'{-h,--help}'[Print this help and exit]' \
    '*::'
    ;;
  esac
}
compdef _glue_import_labels start-import-labels-task-run get-ml-task-run
