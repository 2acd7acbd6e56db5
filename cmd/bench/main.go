// Command bench is the toolbox behind `make bench` (.ci/bench):
//
//	bench seed   -database-url URL -n 10000 -out DIR   recreate the database, migrate, store N scored assessments
//	bench floor  -database-url URL -addr A -body-bytes N  the floor: one pgx read by share id, a fixed body
//	bench floor  -database-url URL -addr A -stored-build-of ID  the stored-bytes floor: a running server's stored pages by share id
//	bench report -dir DIR -doc docs/perf.md              turn a run's raw output into the doc's "latest run" section
//	bench volume -database-url URL -out DIR              bytes per table, the write limit's count and the sweeps, at the seeded volume
//	bench scale-report -dir DIR -doc docs/perf.md        turn make bench-scale's runs into the doc's "latest scale run" section
//
// It only ever talks to loopback servers and the database it is given.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout io.Writer) error {
	if len(args) == 0 {
		return fmt.Errorf("usage: bench seed|floor|report|volume|scale-report [flags]")
	}
	switch args[0] {
	case "seed":
		return seed(ctx, args[1:], stdout)
	case "floor":
		return floor(ctx, args[1:], stdout)
	case "report":
		return report(args[1:], stdout)
	case "volume":
		return volume(ctx, args[1:], stdout)
	case "scale-report":
		return scaleReport(args[1:], stdout)
	default:
		return fmt.Errorf("unknown subcommand %q (want seed, floor, report, volume or scale-report)", args[0])
	}
}
