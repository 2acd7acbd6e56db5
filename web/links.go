package web

import (
	"net/url"
	"strconv"

	"github.com/crossroads/crossroads/internal/canvas"
)

// Every resource has an edit path (behind its private secret) and a view
// path (its read-only share link); the server's routes.go hangs the same
// actions under each: /share replaces the share link, /delete, /export.json.
// Pages and handlers build their links here, so a URL is spelled once.

// AssessmentEditPath is the private link of an assessment.
func AssessmentEditPath(secret string) string { return "/a/" + secret }

// AssessmentStepPath is page n of an assessment's questionnaire.
func AssessmentStepPath(secret string, n int) string {
	return AssessmentEditPath(secret) + "/step/" + strconv.Itoa(n)
}

// AssessmentResultPath is the owner's result page.
func AssessmentResultPath(secret string) string { return AssessmentEditPath(secret) + "/result" }

// AssessmentViewPath is an assessment's share link.
func AssessmentViewPath(shareID string) string { return "/r/" + shareID }

// CanvasEditPath is the private link of a canvas.
func CanvasEditPath(secret string) string { return "/canvas/" + secret }

// CanvasEditAllPath is the owner's one-page editor of every box.
func CanvasEditAllPath(secret string) string { return CanvasEditPath(secret) + "/edit" }

// CanvasBoxPath is the owner's form of one box of the board.
func CanvasBoxPath(secret string, box canvas.BoxID) string {
	return CanvasEditPath(secret) + "/boxes/" + string(box)
}

// CanvasWalkQuery marks a box form as a step of the "fill it in order" walk.
const CanvasWalkQuery = "?walk=1"

// CanvasTestsPath is where a new test card is posted; CanvasNewTestPath
// is its form for the claim at box ("pains.0").
func CanvasTestsPath(secret string) string { return CanvasEditPath(secret) + "/tests" }

// CanvasNewTestPath is the form that plans a test of the claim at box.
func CanvasNewTestPath(secret, claim string) string {
	return CanvasTestsPath(secret) + "/new?claim=" + url.QueryEscape(claim)
}

// CanvasTestPath is one test card's page, where its result is recorded.
func CanvasTestPath(secret string, id int) string {
	return CanvasTestsPath(secret) + "/" + strconv.Itoa(id)
}

// CanvasTestRemovePath removes one test card.
func CanvasTestRemovePath(secret string, id int) string {
	return CanvasTestPath(secret, id) + "/remove"
}

// CanvasViewPath is a canvas's share link.
func CanvasViewPath(shareID string) string { return "/shared/canvas/" + shareID }

// ComparisonNewPath starts a comparison of a path, pre-filled with its
// sourced defaults.
func ComparisonNewPath(pathID string) string {
	return "/comparisons/new?path=" + url.QueryEscape(pathID)
}

// ComparisonEditPath is the private link of a comparison.
func ComparisonEditPath(secret string) string { return "/compare/" + secret }

// ComparisonViewPath is a comparison's share link.
func ComparisonViewPath(shareID string) string { return "/shared/comparison/" + shareID }

// PlanEditPath is the private link of a plan.
func PlanEditPath(secret string) string { return "/plan/" + secret }

// PlanViewPath is a plan's share link.
func PlanViewPath(shareID string) string { return "/shared/plan/" + shareID }

// PlanStepPath is the form that ticks off one step of a plan.
func PlanStepPath(edit, stepID string) string { return edit + "/steps/" + stepID }

// ReplaceSharePath replaces the share link of the resource at edit.
func ReplaceSharePath(edit string) string { return edit + "/share" }

// DeletePath deletes the resource at edit.
func DeletePath(edit string) string { return edit + "/delete" }

// ExportPath is the JSON download under an edit or a view path.
func ExportPath(editOrView string) string { return editOrView + "/export.json" }
