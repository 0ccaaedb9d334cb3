#!/usr/bin/env bash
# The action's last step: the job fails with check's exit code, after the reports were uploaded.
set -euo pipefail
echo "b2brules check exited ${B2BRULES_EXIT_CODE:-?}: see the annotations, the job summary and the report artifact"
exit "${B2BRULES_EXIT_CODE:-1}"
