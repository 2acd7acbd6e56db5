// Package migrations embeds the SQL schema migrations applied by goose.
package migrations

import "embed"

// FS holds every NNNNN_name.sql migration; goose reads them in order.
//
//go:embed *.sql
var FS embed.FS
