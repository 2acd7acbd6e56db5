# Crossroads — `make run` serves the app, `make test` runs every test.
# Both set up what they need on a fresh machine.
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := run

ADDR ?= :8080
RUN_PGDATA := .data/pg
RUN_PGPORT := 54329
TEST_PGDATA := .data/pgtest
TEST_PGPORT := 54330
BIN := .data/bin/crossroads

.PHONY: run build generate lint test check-generated db-start db-stop db-reset deps loadtest bench bench-scale

## run: start the local database if DATABASE_URL is unset, migrate, serve on ADDR
run: build
	@if [ -z "$${DATABASE_URL:-}" ]; then \
	  .ci/pg start $(RUN_PGDATA) $(RUN_PGPORT) durable; \
	  export DATABASE_URL="$$(.ci/pg url $(RUN_PGDATA) $(RUN_PGPORT) durable)"; \
	  echo "Using the project-local PostgreSQL on 127.0.0.1:$(RUN_PGPORT) (data in $(RUN_PGDATA); make db-stop stops it)"; \
	fi; \
	ADDR="$(ADDR)" exec $(BIN)

## build: compile the server binary
build: generate
	@mkdir -p $(dir $(BIN))
	go build -o $(BIN) ./cmd/crossroads

## generate: regenerate the templ components
generate:
	@go tool templ generate -log-level error

## lint: go vet, gofmt, golangci-lint (.ci/golangci.yml), generated code in sync
lint: check-generated
	go vet ./...
	@out=$$(gofmt -l $$(git ls-files '*.go' | grep -v '_templ\.go$$')); \
	  if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	go tool golangci-lint run --config .ci/golangci.yml ./...

## check-generated: fail if `go tool templ generate` changes any committed file
check-generated:
	@go tool templ generate -log-level error
	@if [ -n "$$(git status --porcelain -- '*_templ.go')" ]; then \
	  echo "templ generate changed these files; run 'make generate' and commit them:"; \
	  git status --porcelain -- '*_templ.go'; exit 1; fi

## deps: install what the tests need when it is missing
deps:
	@.ci/deps

## test: every test (unit, PostgreSQL, Chromium) against a throwaway cluster
test: deps lint
	@.ci/pg start $(TEST_PGDATA) $(TEST_PGPORT) ephemeral
	@status=0; \
	CROSSROADS_TEST_DATABASE_URL="$$(.ci/pg url $(TEST_PGDATA) $(TEST_PGPORT) ephemeral)" \
	  go test -race -count=1 ./... || status=$$?; \
	.ci/pg stop $(TEST_PGDATA) $(TEST_PGPORT); \
	exit $$status

## db-start / db-stop / db-reset: the local database that make run uses
db-start:
	@.ci/pg start $(RUN_PGDATA) $(RUN_PGPORT) durable
	@echo "DATABASE_URL=$$(.ci/pg url $(RUN_PGDATA) $(RUN_PGPORT) durable)"
db-stop:
	@.ci/pg stop $(RUN_PGDATA) $(RUN_PGPORT)
db-reset:
	@.ci/pg reset $(RUN_PGDATA) $(RUN_PGPORT)
	@.ci/pg reset $(TEST_PGDATA) $(TEST_PGPORT)

## loadtest: LOAD_N complete assessments at LOAD_C concurrency against
## LOAD_INSTANCES fresh instances on one fresh database, requests round-robin.
## Instance i listens on LOAD_ADDR's port + i, its metrics on that + 1000.
## Each assessment comes from its own client address (X-Forwarded-For, trusted),
## so the shared write limit LOAD_RATE_LIMIT (0: off) applies per client;
## prints what was stored, the 5xx count, the cross-instance checks and metrics
LOAD_N ?= 2000
LOAD_C ?= 64
LOAD_ADDR ?= 127.0.0.1:8089
LOAD_INSTANCES ?= 1
LOAD_RATE_LIMIT ?= 60
LOAD_STALE_DRAFTS ?= 100
loadtest: build
	@.ci/pg start $(RUN_PGDATA) $(RUN_PGPORT) durable
	@db="$$(.ci/pg url $(RUN_PGDATA) $(RUN_PGPORT) durable | sed 's#/crossroads?#/crossroads_loadtest?#')"; \
	go build -o .data/bin/loadtest ./cmd/loadtest; \
	.data/bin/loadtest -recreate-database -database-url "$$db"; \
	first=$(LOAD_ADDR); host=$${first%:*}; port=$${first##*:}; urls=; metrics=; pids=; \
	trap 'kill $$pids 2>/dev/null; wait $$pids 2>/dev/null' EXIT; \
	for i in $$(seq 0 $$(( $(LOAD_INSTANCES) - 1 ))); do \
	  addr=$$host:$$((port + i)); maddr=$$host:$$((port + 1000 + i)); \
	  DATABASE_URL="$$db" ADDR=$$addr METRICS_ADDR=$$maddr RATE_LIMIT_WRITES=$(LOAD_RATE_LIMIT) \
	    TRUSTED_PROXY_HEADER=X-Forwarded-For CLEANUP_INTERVAL=1s LOG_LEVEL=warn \
	    $(BIN) >.data/loadtest-instance-$$((i + 1)).log 2>&1 & pids="$$pids $$!"; \
	  urls="$$urls$${urls:+,}http://$$addr"; metrics="$$metrics$${metrics:+,}http://$$maddr"; \
	done; \
	for u in $${urls//,/ }; do \
	  for j in $$(seq 1 150); do curl -sf $$u/readyz >/dev/null && break; sleep 0.2; done; \
	  curl -sf $$u/readyz >/dev/null || { echo "$$u never became ready; see .data/loadtest-instance-*.log"; exit 1; }; \
	done; \
	.data/bin/loadtest -url "$$urls" -metrics-url "$$metrics" -metrics-dir .data -client-header X-Forwarded-For \
	  -rate-limit $(LOAD_RATE_LIMIT) -stale-drafts $(LOAD_STALE_DRAFTS) \
	  -n $(LOAD_N) -c $(LOAD_C) -database-url "$$db"

## bench: Go benchmarks, 10,000 seeded assessments, the server and a floor
## under wrk, page weights; writes the latest-run section of docs/perf.md
bench: build
	@BENCH_PGPORT=$(RUN_PGPORT) .ci/bench

## bench-scale: 10,000 then 200,000 seeded people (BENCH_SCALE_SIZES): share
## page and step-save load, bytes per person, sweeps; writes the "Cost per
## person (issue 27)" run into docs/perf.md
bench-scale: build
	@BENCH_PGPORT=$${BENCH_PGPORT:-$(RUN_PGPORT)} .ci/bench-scale
