package server

import (
	"net/http"

	"github.com/crossroads/crossroads/web"
)

// ownerControls is the owner panel of a resource ("assessment", "canvas" or
// "comparison") with the edit path edit and the view path view, and the
// notices of the action that redirected here.
func ownerControls(r *http.Request, what, origin, edit, view string) *web.OwnerControls {
	o := &web.OwnerControls{
		What:          what,
		EditURL:       origin + edit,
		ShareURL:      origin + view,
		RegenerateURL: web.ReplaceSharePath(edit),
		DeleteURL:     web.DeletePath(edit),
		ExportURL:     web.ExportPath(edit),
	}
	q := r.URL.Query()
	// Canvases spell their notices ?saved=1 and ?shared=1, the others ?done=.
	o.Saved = q.Get("done") == "saved" || q.Get("saved") == "1"
	o.ShareReplaced = q.Get("done") == "share" || q.Get("shared") == "1"
	o.VisibilitySet = q.Get("done") == "visibility"
	return o
}

// Where an owner lands after an action: the page, with the query that
// names the notice to show (read by ownerControls).
const (
	afterShareReplaced = "?done=share#sharing"
	afterVisibilitySet = "?done=visibility#sharing"
	afterSaved         = "?done=saved"
)
