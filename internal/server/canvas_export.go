package server

import (
	"github.com/crossroads/crossroads/web"
	"net/http"
	"time"

	"github.com/crossroads/crossroads/internal/canvas"
	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/store"
)

// canvasExport is the downloadable JSON copy of a canvas.
type canvasExport struct {
	Format     string    `json:"format"`
	ExportedAt time.Time `json:"exported_at"`
	// The owner's copy only: when it was made and where its links point.
	CreatedAt          *time.Time `json:"created_at,omitempty"`
	UpdatedAt          *time.Time `json:"updated_at,omitempty"`
	ShareURL           string     `json:"share_url,omitempty"`
	AssessmentShareURL string     `json:"assessment_share_url,omitempty"`

	Path      *canvasExportedPath `json:"path,omitempty"`
	Canvas    canvas.Canvas       `json:"canvas"`
	SelfCheck canvas.Report       `json:"self_check"`
}

type canvasExportedPath struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// canvasExportFormat names the document so a later import can recognise it.
const canvasExportFormat = "crossroads-canvas/1"

// newCanvasExport holds what both copies share: the canvas, its path and
// the self-check as the pages show it.
func newCanvasExport(c store.Canvas) canvasExport {
	data := c.Data
	// Empty lists are [] rather than null, which is friendlier to read.
	if data.Pains == nil {
		data.Pains = []canvas.PainPoint{}
	}
	if data.Dependencies == nil {
		data.Dependencies = []canvas.Dependency{}
	}
	rep := canvas.Check(data, web.LinkedFreeHours((*web.LinkedAssessment)(c.Assessment)))
	if rep.Findings == nil {
		rep.Findings = []canvas.Finding{}
	}
	e := canvasExport{Format: canvasExportFormat, ExportedAt: time.Now().UTC(), Canvas: data, SelfCheck: rep}
	if p, ok := catalog.ByID(c.PathID); ok {
		e.Path = &canvasExportedPath{ID: p.ID, Name: p.Name}
	}
	return e
}

// handleCanvasExport downloads everything stored about the canvas.
func handleCanvasExport(rs *responder, cfg config.Config) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c, _ := owner[store.Canvas](r)
		e := newCanvasExport(c)
		e.CreatedAt, e.UpdatedAt = &c.CreatedAt, &c.UpdatedAt
		e.ShareURL = origin(cfg, r) + web.CanvasViewPath(c.ShareID)
		if c.Assessment != nil {
			e.AssessmentShareURL = origin(cfg, r) + web.AssessmentViewPath(c.Assessment.ShareID)
		}
		rs.writeJSONDownload(w, r, "crossroads-canvas.json", e)
	}
}

// handleCanvasViewExport downloads what the share view shows, and nothing
// more: no dates, no links to the owner's other data.
func handleCanvasViewExport(rs *responder) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		rs.writeJSONDownload(w, r, "crossroads-canvas.json", newCanvasExport(viewed[store.Canvas](r)))
	}
}
