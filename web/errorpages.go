package web

import "net/http"

var errorPages = map[int]ErrorPage{
	http.StatusBadRequest:            {Title: "That request did not make sense", Message: "Something in the request was malformed. Go back and try again."},
	http.StatusForbidden:             {Title: "That form came from somewhere else", Message: "For your safety we only accept forms sent from Crossroads itself. Reload the page and submit it again."},
	http.StatusNotFound:              {Title: "We could not find that page", Message: "The link may be mistyped, or what it pointed to was deleted, its share link was replaced, or it was a self-assessment left unfinished until it expired."},
	http.StatusMethodNotAllowed:      {Title: "That action is not available here", Message: "This address does not accept that kind of request."},
	http.StatusRequestEntityTooLarge: {Title: "That was too much text", Message: "The form you sent was larger than we accept. Shorten the longest answers and try again."},
	http.StatusTooManyRequests:       {Title: "Slow down a little", Message: "You have sent a lot of changes in a short time, so this one was not saved. Wait a minute, then use your browser's Back button and send it again: the browser usually keeps what you typed, and everything saved earlier is safe."},
	http.StatusInternalServerError:   {Title: "Something went wrong on our side", Message: "We have logged the problem. Your saved work is safe; try again in a moment."},
	http.StatusServiceUnavailable:    {Title: "Crossroads is briefly unavailable", Message: "We cannot reach our database right now. Nothing you saved is lost; try again in a minute."},
}

// ErrorPageFor returns the friendly wording for an HTTP error status.
func ErrorPageFor(status int) ErrorPage {
	p, ok := errorPages[status]
	if !ok {
		p = errorPages[http.StatusInternalServerError]
		status = http.StatusInternalServerError
	}
	p.Status = status
	return p
}

// previewRefusals are the answers to a link preview image that is not
// drawn now: its readers are mostly link unfurlers, but a person opening
// the image's address reads them too.
var previewRefusals = map[int]ErrorPage{
	http.StatusTooManyRequests:    {Title: "Too many new preview images", Message: "Many preview images were asked for from your address in a short time, so this one was not drawn. Try again in a few seconds; the shared page itself opens as usual."},
	http.StatusServiceUnavailable: {Title: "Preview image not ready", Message: "Crossroads is drawing many preview images right now. Try again in a few seconds; the shared page itself opens as usual."},
}

// PreviewRefusedFor returns the friendly wording for a share link's
// preview image that was not drawn: 429 (one address asked for too many)
// or 503 (too many waiting to be drawn).
func PreviewRefusedFor(status int) ErrorPage {
	p, ok := previewRefusals[status]
	if !ok {
		return ErrorPageFor(status)
	}
	p.Status = status
	return p
}
