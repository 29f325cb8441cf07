# The two commands a newcomer needs: `make run` and `make test`. Both install what
# is missing from Debian's packages first (with sudo when not root), then build.
BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
PACKAGES := cmake g++ make libyaml-cpp-dev libboost-date-time-dev \
            libboost-program-options-dev libgtest-dev python3 python3-jsonschema python3-yaml \
            python3-icalendar man-db dpkg-dev file clang-format
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN := $(BUILD)/bin/plan-adjust
MAKEFLAGS += --no-print-directory

.PHONY: all deps build run test bench clean format format-check install package sanitize fuzz

all: build

deps:
	@missing=""; for p in $(PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

$(BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

run: build
	@echo '$$ plan-adjust validate samples/plans/*.yaml samples/injuries/*.yaml samples/policies/*.yaml'
	@$(BIN) validate samples/plans/*.yaml samples/injuries/*.yaml samples/policies/*.yaml
	@echo
	@echo '$$ plan-adjust adjust samples/plans/half-marathon.yaml --injuries samples/injuries/achilles.yaml -o $(BUILD)/run/half-marathon.revised.yaml'
	@mkdir -p $(BUILD)/run
	@$(BIN) adjust samples/plans/half-marathon.yaml --injuries samples/injuries/achilles.yaml -o $(BUILD)/run/half-marathon.revised.yaml
	@echo '$$ sed -n 6,24p $(BUILD)/run/half-marathon.revised.yaml    # the adjusted header'
	@sed -n 6,24p $(BUILD)/run/half-marathon.revised.yaml
	@echo
	@echo '$$ plan-adjust diff samples/plans/half-marathon.yaml $(BUILD)/run/half-marathon.revised.yaml'
	@$(BIN) diff samples/plans/half-marathon.yaml $(BUILD)/run/half-marathon.revised.yaml || true
	@echo
	@echo '$$ plan-adjust batch samples/roster --out $(BUILD)/run/roster'
	@$(BIN) batch samples/roster --out $(BUILD)/run/roster
	@cat $(BUILD)/run/roster/report.md

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# `make sanitize`: the whole suite built with AddressSanitizer and UndefinedBehaviorSanitizer
# in its own folder, no suppressions; any report fails the test that made it
# (docs/reliability.md).
SANITIZE_BUILD ?= build-sanitize
SANITIZE_FLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
SANITIZE_ENV := ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1 \
                UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
sanitize: deps
	cmake -S . -B $(SANITIZE_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DCMAKE_CXX_FLAGS="$(SANITIZE_FLAGS)" -DCMAKE_EXE_LINKER_FLAGS="$(SANITIZE_FLAGS)" \
	  -DCMAKE_SHARED_LINKER_FLAGS="$(SANITIZE_FLAGS)"
	cmake --build $(SANITIZE_BUILD) -j $(JOBS)
	cd $(SANITIZE_BUILD) && $(SANITIZE_ENV) ctest --output-on-failure -j $(JOBS)

# `make fuzz`: libFuzzer targets (fuzz/) built with clang, ASan and UBSan in their own
# folder, each run FUZZ_SECONDS; a finding fails the run (docs/reliability.md).
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := plan_reader injury_log_reader policy_reader roster_reader whole_path
FUZZ_PACKAGES := clang libclang-rt-14-dev
FUZZ_FLAGS := -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all \
              -fno-omit-frame-pointer
fuzz: deps
	@$(MAKE) deps PACKAGES="$(FUZZ_PACKAGES)"
	cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
	  -DPLANADJ_FUZZ=ON -DCMAKE_CXX_FLAGS="$(FUZZ_FLAGS)" \
	  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined"
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target $(addprefix fuzz_,$(FUZZ_TARGETS))
	bash fuzz/run.sh $(FUZZ_BUILD) $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# `make install PREFIX=P`: the tool, man pages, completion, schemas, headers, libraries
# and CMake package under P (docs/install.md).
PREFIX ?= /usr/local
install: build
	cmake --install $(BUILD) --prefix $(PREFIX)

# `make package`: $(BUILD)/plan-adjust_<version>_amd64.deb (docs/install.md).
package: build
	cd $(BUILD) && cpack --config CPackConfig.cmake

# Not part of `make test`: the figures of docs/performance.md against a bare yaml-cpp
# round trip (bench/floor.cpp), on generated rosters and plans, in one run (~3-6 min).
bench: build
	cmake --build $(BUILD) --target planadj_floor
	bash bench/batch_bench.sh $(BIN) $(BUILD)/bin/planadj_floor

clean:
	rm -rf $(BUILD)

# `make format-check`: every C++ file as .clang-format lays it out (also a test,
# script.format, so `make test` and CI check it); `make format` rewrites them so.
FORMAT_FILES = $(shell find lib tool tests bench fuzz -name '*.cpp' -o -name '*.h' 2>/dev/null)
format-check: deps
	bash tests/scripts/format.sh - . $(BUILD)
format: deps
	@clang-format -i $(FORMAT_FILES)
