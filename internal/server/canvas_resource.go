package server

import (
	"github.com/crossroads/crossroads/internal/canvas"
	"github.com/crossroads/crossroads/internal/catalog"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// canvasResource is the niche canvases' share, delete and export actions
// (resource.go).
func canvasResource(st *store.Store) resource[store.Canvas] {
	return resource[store.Canvas]{
		what: "canvas", id: func(c store.Canvas) int64 { return c.ID }, edit: web.CanvasEditPath,
		replaceShareID: st.ReplaceCanvasShareID, delete: st.DeleteCanvas,
		file: "crossroads-canvas.json",
		export: func(c store.Canvas, origin string) any {
			e := newCanvasExport(ownerHeader("crossroads-canvas", c.CreatedAt, c.UpdatedAt, origin+web.CanvasViewPath(c.ShareID)), c)
			if c.Assessment != nil {
				e.AssessmentShareURL = origin + web.AssessmentViewPath(c.Assessment.ShareID)
			}
			return e
		},
		sharedExport: func(c store.Canvas) any { return newCanvasExport(sharedHeader("crossroads-shared-canvas"), c) },
	}
}

// canvasExport is the downloadable JSON copy of a canvas.
type canvasExport struct {
	exportHeader
	// The owner's copy only: where the assessment it follows is shared.
	AssessmentShareURL string `json:"assessment_share_url,omitempty"`

	Path      *canvasExportedPath `json:"path,omitempty"`
	Canvas    canvas.Canvas       `json:"canvas"`
	SelfCheck canvas.Report       `json:"self_check"`
}

type canvasExportedPath struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// newCanvasExport holds what both copies share: the canvas, its path and
// the self-check as the pages show it, under header.
func newCanvasExport(header exportHeader, c store.Canvas) canvasExport {
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
	e := canvasExport{exportHeader: header, Canvas: data, SelfCheck: rep}
	if p, ok := catalog.ByID(c.PathID); ok {
		e.Path = &canvasExportedPath{ID: p.ID, Name: p.Name}
	}
	return e
}
