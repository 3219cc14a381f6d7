# bash completion for glue-import-labels (start-import-labels-task-run, get-ml-task-run)
# Install: echo 'eval "$(glue-import-labels-completion bash)"' >> ~/.bashrc
_glue_import_labels() {
  local cur="${COMP_WORDS[COMP_CWORD]}" prev=""
  (( COMP_CWORD > 0 )) && prev="${COMP_WORDS[COMP_CWORD-1]}"
  case "${COMP_WORDS[0]##*/}" in
    start-import-labels-task-run)
      case "$prev" in
        --transform-id) { COMPREPLY=(); return 0; } ;;
        --input-s3-path) { COMPREPLY=(); return 0; } ;;
        --cli-input-json) { COMPREPLY=(); return 0; } ;;
        --cli-input-yaml) { COMPREPLY=(); return 0; } ;;
        --generate-cli-skeleton) [[ "$cur" == -* ]] || { COMPREPLY=($(compgen -W 'input output yaml-input' -- "$cur")); return 0; } ;;
        --wait-interval) { COMPREPLY=(); return 0; } ;;
        --wait-timeout) { COMPREPLY=(); return 0; } ;;
        --backup-labels-to) { COMPREPLY=(); return 0; } ;;
        --endpoint-url) { COMPREPLY=(); return 0; } ;;
        --output) { COMPREPLY=($(compgen -W 'json text table yaml yaml-stream off' -- "$cur")); return 0; } ;;
        --query) { COMPREPLY=(); return 0; } ;;
        --profile) { COMPREPLY=($(compgen -W "$(glue-import-labels-completion --profiles 2>/dev/null)" -- "$cur")); return 0; } ;;
        --region) { COMPREPLY=(); return 0; } ;;
        --color) { COMPREPLY=($(compgen -W 'on off auto' -- "$cur")); return 0; } ;;
        --ca-bundle) { COMPREPLY=($(compgen -f -- "$cur")); return 0; } ;;
        --cli-read-timeout) { COMPREPLY=(); return 0; } ;;
        --cli-connect-timeout) { COMPREPLY=(); return 0; } ;;
        --cli-binary-format) { COMPREPLY=($(compgen -W 'base64 raw-in-base64-out' -- "$cur")); return 0; } ;;
        --cli-error-format) { COMPREPLY=($(compgen -W 'legacy json yaml text table enhanced' -- "$cur")); return 0; } ;;
      esac
      COMPREPLY=($(compgen -W '--transform-id --input-s3-path --replace-all-labels --no-replace-all-labels --cli-input-json --cli-input-yaml --generate-cli-skeleton --wait --wait-interval --wait-timeout --no-progress --dry-run --check-labels --backup-labels-to --debug --endpoint-url --no-verify-ssl --no-paginate --output --query --profile --region --version --color --no-sign-request --ca-bundle --cli-read-timeout --cli-connect-timeout --cli-binary-format --no-cli-pager --cli-auto-prompt --no-cli-auto-prompt --cli-error-format -h --help' -- "$cur"))
      ;;
    get-ml-task-run)
      case "$prev" in
        --transform-id) { COMPREPLY=(); return 0; } ;;
        --task-run-id) { COMPREPLY=(); return 0; } ;;
        --cli-input-json) { COMPREPLY=(); return 0; } ;;
        --cli-input-yaml) { COMPREPLY=(); return 0; } ;;
        --generate-cli-skeleton) [[ "$cur" == -* ]] || { COMPREPLY=($(compgen -W 'input output yaml-input' -- "$cur")); return 0; } ;;
        --wait-interval) { COMPREPLY=(); return 0; } ;;
        --wait-timeout) { COMPREPLY=(); return 0; } ;;
        --endpoint-url) { COMPREPLY=(); return 0; } ;;
        --output) { COMPREPLY=($(compgen -W 'json text table yaml yaml-stream off' -- "$cur")); return 0; } ;;
        --query) { COMPREPLY=(); return 0; } ;;
        --profile) { COMPREPLY=($(compgen -W "$(glue-import-labels-completion --profiles 2>/dev/null)" -- "$cur")); return 0; } ;;
        --region) { COMPREPLY=(); return 0; } ;;
        --color) { COMPREPLY=($(compgen -W 'on off auto' -- "$cur")); return 0; } ;;
        --ca-bundle) { COMPREPLY=($(compgen -f -- "$cur")); return 0; } ;;
        --cli-read-timeout) { COMPREPLY=(); return 0; } ;;
        --cli-connect-timeout) { COMPREPLY=(); return 0; } ;;
        --cli-binary-format) { COMPREPLY=($(compgen -W 'base64 raw-in-base64-out' -- "$cur")); return 0; } ;;
        --cli-error-format) { COMPREPLY=($(compgen -W 'legacy json yaml text table enhanced' -- "$cur")); return 0; } ;;
      esac
      COMPREPLY=($(compgen -W '--transform-id --task-run-id --cli-input-json --cli-input-yaml --generate-cli-skeleton --wait --wait-interval --wait-timeout --no-progress --dry-run --debug --endpoint-url --no-verify-ssl --no-paginate --output --query --profile --region --version --color --no-sign-request --ca-bundle --cli-read-timeout --cli-connect-timeout --cli-binary-format --no-cli-pager --cli-auto-prompt --no-cli-auto-prompt --cli-error-format -h --help' -- "$cur"))
      ;;
  esac
}
complete -F _glue_import_labels start-import-labels-task-run get-ml-task-run
