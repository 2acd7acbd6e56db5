package server

import (
	"context"
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/crossroads/crossroads/internal/capability"
	"github.com/crossroads/crossroads/internal/config"
	"github.com/crossroads/crossroads/web"
)

// resource is what the actions every owned document shares (replacing
// its share link, deleting it after a confirmation, downloading it) need
// to know of one kind, T being its store row. Each kind declares one, in
// its x_resource.go file, and routeOwnerActions hangs the actions.
type resource[T any] struct {
	// what names the kind on the delete pages: "assessment", "canvas"…
	what string
	// id is the row's id for the store statements below.
	id func(T) int64
	// edit is the private path prefix of a secret, under which the
	// actions hang (web.ComparisonEditPath); page is where the owner
	// lands after replacing the share link, when it is not edit.
	edit, page func(secret string) string
	// cancel is where "keep it" on the delete page leads, when it is not
	// page (an unfinished assessment has no result page yet).
	cancel func(doc T, secret string) string

	replaceShareID func(ctx context.Context, id int64, shareID string) error
	delete         func(ctx context.Context, id int64) error
	// goesWith counts what deleting the row deletes with it (plans made
	// from an assessment, a plan's check-in results), for the delete
	// page to say; nil when nothing does.
	goesWith func(ctx context.Context, id int64) (int, error)

	// file and sharedFile name the JSON downloads: export is the owner's
	// copy (with origin for its links), sharedExport what the share view
	// shows.
	file, sharedFile string
	export           func(doc T, origin string) any
	sharedExport     func(doc T) any
}

func (k resource[T]) ownerPage(secret string) string {
	if k.page != nil {
		return k.page(secret)
	}
	return k.edit(secret)
}

// exportHeader opens every JSON download but the assessment's (whose
// questionnaire version comes second): what it is and when it was made,
// and in the owner's copy only, the document's dates and share link.
type exportHeader struct {
	Kind       string     `json:"kind"`
	ExportedAt time.Time  `json:"exported_at"`
	CreatedAt  *time.Time `json:"created_at,omitempty"`
	UpdatedAt  *time.Time `json:"updated_at,omitempty"`
	ShareURL   string     `json:"share_url,omitempty"`
}

// ownerHeader heads the owner's copy of kind, made and last changed at
// created and updated, shared at shareURL.
func ownerHeader(kind string, created, updated time.Time, shareURL string) exportHeader {
	return exportHeader{Kind: kind, ExportedAt: time.Now().UTC(), CreatedAt: &created, UpdatedAt: &updated, ShareURL: shareURL}
}

// sharedHeader heads what the share view of kind shows: no dates, no links.
func sharedHeader(kind string) exportHeader {
	return exportHeader{Kind: kind, ExportedAt: time.Now().UTC()}
}

// routeOwnerActions hangs the share and delete actions on the routes of a
// kind's edit group, which has loaded the document (edit in capability.go).
func routeOwnerActions[T any](r chi.Router, rs *responder, k resource[T]) {
	r.Post("/share", handleShareRegenerate(rs, k))
	r.Get("/delete", handleDeleteConfirm(rs, k))
	r.Post("/delete", handleDelete(rs, k))
}

// handleShareRegenerate replaces the share id; the old share link answers
// 404 from then on.
func handleShareRegenerate[T any](rs *responder, k resource[T]) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		doc, secret := owner[T](r)
		if err := k.replaceShareID(r.Context(), k.id(doc), capability.NewShareID()); err != nil {
			rs.fail(w, r, err)
			return
		}
		http.Redirect(w, r, k.ownerPage(secret)+web.AfterShareReplaced, http.StatusSeeOther)
	}
}

// handleDeleteConfirm asks before deleting, so a stray click on a link
// cannot destroy anything.
func handleDeleteConfirm[T any](rs *responder, k resource[T]) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		doc, secret := owner[T](r)
		cancel := k.ownerPage(secret)
		if k.cancel != nil {
			cancel = k.cancel(doc, secret)
		}
		also := 0
		if k.goesWith != nil {
			n, err := k.goesWith(r.Context(), k.id(doc))
			if err != nil {
				rs.fail(w, r, err)
				return
			}
			also = n
		}
		rs.render(w, r, http.StatusOK, web.DeleteConfirmPage(web.DeleteConfirm{
			What: k.what, Action: web.DeletePath(k.edit(secret)), CancelURL: cancel,
			AlsoGoes: web.DeleteAlsoGoes(k.what, also),
		}))
	}
}

// handleDelete removes the document for good; its edit, share and export
// links all 404 from then on.
func handleDelete[T any](rs *responder, k resource[T]) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		doc, _ := owner[T](r)
		if err := k.delete(r.Context(), k.id(doc)); err != nil {
			rs.fail(w, r, err)
			return
		}
		rs.render(w, r, http.StatusOK, web.Deleted(k.what))
	}
}

// handleExport downloads everything stored about the document.
func handleExport[T any](rs *responder, cfg config.Config, k resource[T]) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		doc, _ := owner[T](r)
		rs.writeJSONDownload(w, r, k.file, k.export(doc, origin(cfg, r)))
	}
}

// handleSharedExport downloads what the share view shows, and nothing
// more: no dates, no links to the owner's other data. The share route's
// view middleware has loaded the document.
func handleSharedExport[T any](rs *responder, k resource[T]) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		file := k.sharedFile
		if file == "" {
			file = k.file
		}
		rs.writeJSONDownload(w, r, file, k.sharedExport(viewed[T](r)))
	}
}
