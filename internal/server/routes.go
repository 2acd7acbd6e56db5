package server

import (
	"log/slog"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"

	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/internal/questionnaire"
	"github.com/crossroads/crossroads/internal/store"
	"github.com/crossroads/crossroads/web"
)

// maxBodyBytes bounds every request body; the largest form (a full canvas)
// is far below it.
const maxBodyBytes = 256 << 10

// addRoutes is the app's whole URL table.
func addRoutes(r chi.Router, logger *slog.Logger, cfg config.Config, st *store.Store) {
	rs := &responder{logger: logger}

	r.Use(middleware.RequestID)
	r.Use(middleware.GetHead) // link unfurlers and monitors send HEAD
	r.Use(requestLogger(logger))
	r.Use(recoverer(rs))
	r.Use(securityHeaders(cfg.TLS))
	r.Use(crossOriginProtection(rs))
	r.Use(limitWrites(rs, cfg.WriteLimit, cfg.TrustedProxyHeader))
	r.Use(limitBody(maxBodyBytes))
	r.Use(compress())
	r.Use(requestDeadline(30 * time.Second))

	r.NotFound(rs.notFound)
	r.MethodNotAllowed(rs.methodNotAllowed)

	def := questionnaire.Default()

	r.Handle("/static/*", web.StaticHandler())
	r.Get("/healthz", handleHealthz(st))
	r.Get("/", handleHome(rs))
	r.Get("/sources", handleSources(rs))
	r.Get("/how-scoring-works", handleScoringPage(rs, def))
	r.Get("/paths", handlePathList(rs))
	r.Get("/paths/{id}", handlePathShow(rs))

	// Self-assessment. /a/{secret} is the private edit capability; every
	// page under it is uncacheable.
	r.Get("/assessments/new", handleAssessmentNew(rs, def))
	r.Post("/assessments", handleAssessmentCreate(rs, st, def))
	r.Route("/a/{secret}", func(r chi.Router) {
		r.Use(noStore)
		r.Get("/", handleAssessmentResume(rs, st, def))
		r.Get("/step/{n}", handleAssessmentStep(rs, st, cfg, def))
		r.Post("/step/{n}", handleAssessmentStepSave(rs, st, cfg, def))
		r.Get("/result", handleAssessmentResult(rs, st, cfg, def))
		r.Post("/share", handleAssessmentShareRegenerate(rs, st))
		r.Post("/visibility", handleAssessmentVisibility(rs, st))
		r.Get("/delete", handleAssessmentDeleteConfirm(rs, st))
		r.Post("/delete", handleAssessmentDelete(rs, st))
		r.Get("/export.json", handleAssessmentExport(rs, st, cfg))
	})
	// The read-only share capability.
	r.Get("/r/{id}", handleAssessmentShared(rs, st, cfg, def))
	r.Get("/r/{id}/export.json", handleAssessmentSharedExport(rs, st, def))

	// Side-hustle-versus-AI-job comparisons: /compare/{secret} edits,
	// /shared/comparison/{id} is the read-only share view.
	r.Get("/comparisons/new", handleComparisonNew(rs, st))
	r.Post("/comparisons", handleComparisonCreate(rs, st))
	r.Route("/compare/{secret}", func(r chi.Router) {
		r.Use(noStore)
		r.Get("/", handleComparisonEdit(rs, st, cfg))
		r.Post("/", handleComparisonSave(rs, st))
		r.Post("/share", handleComparisonShareRegenerate(rs, st))
		r.Get("/delete", handleComparisonDeleteConfirm(rs, st))
		r.Post("/delete", handleComparisonDelete(rs, st))
		r.Get("/export.json", handleComparisonExport(rs, st, cfg))
	})
	r.Get("/shared/comparison/{id}", handleComparisonShared(rs, st, cfg))
	r.Get("/shared/comparison/{id}/export.json", handleComparisonSharedExport(rs, st))

	// Niche canvases: /canvas/{secret} edits, /shared/canvas/{id} is the
	// read-only share view.
	r.Get("/canvases/new", handleCanvasNew(rs, st))
	r.Post("/canvases", handleCanvasCreate(rs, st))
	r.Route("/canvas/{secret}", func(r chi.Router) {
		r.Use(noStore)
		// Save loads the canvas itself, so an outage can show typed values back.
		r.Post("/", handleCanvasSave(rs, cfg, st))
		r.Group(func(r chi.Router) {
			r.Use(loadCanvas(rs, st))
			r.Get("/", handleCanvasEdit(rs, cfg))
			r.Post("/share", handleCanvasShare(rs, st))
			r.Get("/delete", handleCanvasDeleteConfirm(rs))
			r.Post("/delete", handleCanvasDelete(rs, st))
			r.Get("/export.json", handleCanvasExport(rs, cfg))
		})
	})
	r.Get("/shared/canvas/{id}", handleCanvasView(rs, cfg, st))
	r.Get("/shared/canvas/{id}/export.json", handleCanvasViewExport(rs, st))
}
