package server

import (
	"net/http"
	"strconv"

	"github.com/crossroads/crossroads/internal/config"
)

// origin is the public scheme://host for absolute links (share links, Open
// Graph). BASE_URL wins; otherwise the request's own host is used.
func origin(cfg config.Config, r *http.Request) string {
	if cfg.BaseURL != "" {
		return cfg.BaseURL
	}
	scheme := "http"
	if r.TLS != nil || cfg.TLS {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

// Every resource has an edit path (behind its private secret) and a view
// path (its read-only share link); routes.go hangs the same actions under
// each: /share replaces the share link, /delete, /export.json.

func assessmentEditPath(secret string) string { return "/a/" + secret }

func assessmentStepPath(secret string, n int) string {
	return assessmentEditPath(secret) + "/step/" + strconv.Itoa(n)
}

func assessmentResultPath(secret string) string { return assessmentEditPath(secret) + "/result" }

func assessmentViewPath(shareID string) string { return "/r/" + shareID }

func canvasEditPath(secret string) string { return "/canvas/" + secret }

func canvasViewPath(shareID string) string { return "/shared/canvas/" + shareID }

func comparisonEditPath(secret string) string { return "/compare/" + secret }

func comparisonViewPath(shareID string) string { return "/shared/comparison/" + shareID }

func planEditPath(secret string) string { return "/plan/" + secret }

func planViewPath(shareID string) string { return "/shared/plan/" + shareID }

// planStepPath is the form that ticks off one step of a plan.
func planStepPath(edit, stepID string) string { return edit + "/steps/" + stepID }

// The actions under an edit path, and the download under a view path.

func replaceSharePath(edit string) string { return edit + "/share" }

func deletePath(edit string) string { return edit + "/delete" }

func exportPath(editOrView string) string { return editOrView + "/export.json" }
