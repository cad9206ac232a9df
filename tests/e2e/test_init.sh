#!/usr/bin/env bash
# mentor init, finding the records directory, global options and exit codes.
source "$(dirname "$0")/lib.sh"

# init creates the settings and the four folders
run init "$TEST_ROOT/prog" --program "Programme Été"
expect_rc 0
for f in mentor.yaml people/.gitkeep pairs/.gitkeep plans/.gitkeep journal/.gitkeep; do expect_file "$TEST_ROOT/prog/$f"; done
check; grep -q '^schema: 1$' "$TEST_ROOT/prog/mentor.yaml" || fail "schema line missing"
check; grep -q '^program: "Programme Été"$' "$TEST_ROOT/prog/mentor.yaml" || fail "program name missing"
check; grep -q 'capacity: 2' "$TEST_ROOT/prog/mentor.yaml" || fail "commented defaults missing"

# a second init refuses and changes nothing
before=$(snapshot "$TEST_ROOT/prog")
run init "$TEST_ROOT/prog"
expect_rc 1
expect_err "already exists"
check; [ "$before" = "$(snapshot "$TEST_ROOT/prog")" ] || fail "second init changed files"

# init over a file that is not a folder
touch "$TEST_ROOT/afile"
run init "$TEST_ROOT/afile"
expect_rc 1
expect_err "not a folder"

# the new directory validates clean and lists nobody
run -C "$TEST_ROOT/prog" validate
expect_rc 0
run -C "$TEST_ROOT/prog" list people
expect_rc 0

# finding the directory: -C, $MENTOR_DIR, nearest ancestor, else a hint to init
mkdir -p "$TEST_ROOT/prog/people/deeper" "$TEST_ROOT/elsewhere"
(cd "$TEST_ROOT/prog/people/deeper" && "$MENTOR_BIN" add mentee "Ana Ruiz" >"$OUT" 2>"$ERR"); RC=$?
expect_rc 0
expect_file "$TEST_ROOT/prog/people/ana-ruiz.yaml"
rmdir "$TEST_ROOT/prog/people/deeper"
(cd "$TEST_ROOT/elsewhere" && "$MENTOR_BIN" list people >"$OUT" 2>"$ERR"); RC=$?
expect_rc 1
expect_err "mentor init"
(cd "$TEST_ROOT/elsewhere" && MENTOR_DIR="$TEST_ROOT/prog" "$MENTOR_BIN" list people >"$OUT" 2>"$ERR"); RC=$?
expect_rc 0
expect_out "ana-ruiz"
run -C "$TEST_ROOT/elsewhere" list people
expect_rc 1
expect_err "no mentor.yaml in"
run -C "$TEST_ROOT/does-not-exist" list people
expect_rc 1
expect_err "does not exist"

# a newer schema is refused with a clear message
cp -r "$TEST_ROOT/prog" "$TEST_ROOT/future"
sed -i 's/^schema: 1$/schema: 7/' "$TEST_ROOT/future/mentor.yaml"
run -C "$TEST_ROOT/future" list people
expect_rc 1
expect_err "mentor.yaml:3:9: records use schema 7, newer than this mentor understands (1): upgrade mentor"
sed -i 's/^schema: 7$/schema: two/' "$TEST_ROOT/future/mentor.yaml"
run -C "$TEST_ROOT/future" validate
expect_rc 1
expect_err "'schema' must be a whole number"

# global options, help and usage errors
run --version
expect_rc 0
expect_out "mentor "
run --help
expect_rc 0
expect_out "validate"
run add --help
expect_rc 0
expect_out "--from-csv"
run
expect_rc 2
run lsit people
expect_rc 2
expect_err "did you mean 'list'"
run -C "$TEST_ROOT/prog" list people --format xml
expect_rc 2
run -C "$TEST_ROOT/prog" show ana-ruiz --format csv
expect_rc 2
expect_err "--format csv is not available here"
run -C "$TEST_ROOT/prog" list people --color sometimes
expect_rc 2
finish
