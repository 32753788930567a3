#!/usr/bin/env bash
# Release check "crash under load" (issue 13): mails 300 cards (CARDS=n to change) to a demo stack of its own
# (GreenMail, MariaDB, Payara Micro with the built WAR) while Payara Micro is killed with SIGKILL twice and
# restarted, then checks that every card reached the voorzitter exactly once (one submission and one distinct
# Message-ID per card) and that nothing is left in the intake INBOX. Exits non-zero on failure.
# Takes several minutes (about 3 on an idle 2-core machine, much longer under load), so it is run before a
# release, not in `mvn verify`. The database is the MariaDB of VHK_TEST_DB_URL when reachable, else an embedded one.
# Usage: deploy/release-checks/crash-under-load.sh   (from the repository root; builds the WAR first)
set -euo pipefail
cd "$(dirname "$0")/../.."
exec mvn -B -o -Pcrash-under-load -Dvhk.crash.cards="${CARDS:-300}" ${VHK_TEST_DB_URL:+-Dvhk.test.db.url=$VHK_TEST_DB_URL} "$@"
