# mentor: the two commands a new user needs are `make demo` and `make test`.
# Both install missing Debian packages first, then build.

PREFIX ?= /usr/local
DESTDIR ?=
BUILD ?= build
BUILD_ASAN ?= build-asan
BUILD_FUZZ ?= build-fuzz
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

# What building needs, and what the tests use besides (python3-icalendar reads
# calendars back; chromium renders the HTML report; git for the git tests;
# libsodium for the age encryption of sealed journals, and Debian's age to
# check that what mentor seals, age opens, and the other way round; mimalloc
# is the binary's allocator, docs/performance.md says why).
BUILD_PACKAGES := g++ cmake make pkg-config libcli11-dev libyaml-cpp-dev libyaml-dev libfmt-dev \
                  doctest-dev libhowardhinnant-date-dev liblemon-dev tzdata libutf8proc-dev libsodium-dev \
                  gettext libmimalloc-dev
TEST_PACKAGES := git python3 python3-icalendar chromium age locales
# The shell completions are tested in their shells, the man pages rendered.
TEST_PACKAGES += bash-completion zsh fish man-db groff-base
# What `make fuzz` needs besides: clang and its libFuzzer and sanitizer runtimes.
FUZZ_PACKAGES := clang libclang-rt-14-dev
# Seconds each fuzz target runs for in `make fuzz`.
FUZZ_SECONDS ?= 60
# What `make check-valgrind` needs besides, and the valgrind command each run
# of mentor in the end-to-end tests goes through (tests/e2e/lib.sh): a memory
# error or a definite leak fails the test.
VALGRIND_PACKAGES := valgrind
# The binary's malloc is mimalloc's: --soname-synonyms has memcheck replace
# that one, as it replaces glibc's otherwise. mimalloc's operator delete is
# its free, which memcheck would take for a mismatched free; the sanitizer
# build checks new/delete pairs instead (docs/testing.md).
VALGRIND ?= valgrind --quiet --error-exitcode=97 --leak-check=full --errors-for-leak-kinds=definite --track-origins=yes \
            --soname-synonyms=somalloc=libmimalloc.so.2 --show-mismatched-frees=no

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all build deps deps-test test demo bench check-asan check-valgrind fuzz install clean

all: build

# The recipe that installs the packages of $(1) that are missing.
define install_missing
@missing=$$(for p in $(1); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing: $$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi
endef

deps:
	$(call install_missing,$(BUILD_PACKAGES))

# The French tests run in a generated fr_FR.UTF-8 locale, as a French user's
# machine has one (mentor also speaks French without it: docs/i18n.md).
deps-test: deps
	$(call install_missing,$(TEST_PACKAGES))
	@locale -a 2>/dev/null | grep -qix 'fr_FR.utf-\?8' || { echo "generating the fr_FR.UTF-8 locale"; $(SUDO) localedef -i fr_FR -f UTF-8 fr_FR.UTF-8; }

$(BUILD)/Makefile:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo

build: $(BUILD)/Makefile
	cmake --build $(BUILD) -j $(JOBS)

test: deps-test
	$(MAKE) build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

demo: deps
	$(MAKE) build
	bash examples/demo.sh $(BUILD)/mentor

bench: deps
	$(MAKE) build
	bash bench/run.sh $(BUILD)

$(BUILD_ASAN)/Makefile:
	cmake -S . -B $(BUILD_ASAN) -DCMAKE_BUILD_TYPE=Debug -DMENTOR_SANITIZE=ON

check-asan: deps-test $(BUILD_ASAN)/Makefile
	cmake --build $(BUILD_ASAN) -j $(JOBS)
	cd $(BUILD_ASAN) && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  ctest --output-on-failure -j $(JOBS)

# The end-to-end tests with every run of the normal build's mentor under
# Valgrind's memcheck (tests/e2e/lib.sh's MENTOR_VALGRIND; docs/testing.md).
check-valgrind: deps-test
	$(call install_missing,$(VALGRIND_PACKAGES))
	$(MAKE) build
	MENTOR_VALGRIND="$(VALGRIND)" bash tests/e2e/valgrind_harness.sh
	cd $(BUILD) && MENTOR_VALGRIND="$(VALGRIND)" ctest --output-on-failure -j $(JOBS) -R '^e2e_' --timeout 7200

# Each libFuzzer harness for FUZZ_SECONDS seconds (tests/fuzz/run.sh, docs/fuzzing.md).
$(BUILD_FUZZ)/Makefile:
	CC=clang CXX=clang++ cmake -S . -B $(BUILD_FUZZ) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMENTOR_FUZZ=ON

fuzz: deps
	$(call install_missing,$(FUZZ_PACKAGES))
	$(MAKE) $(BUILD_FUZZ)/Makefile
	cmake --build $(BUILD_FUZZ) -j $(JOBS) --target fuzzers
	FUZZ_SECONDS=$(FUZZ_SECONDS) bash tests/fuzz/run.sh $(BUILD_FUZZ)

install: build
	DESTDIR=$(DESTDIR) cmake --install $(BUILD) --prefix $(PREFIX)

clean:
	rm -rf $(BUILD) $(BUILD_ASAN) $(BUILD_FUZZ)
