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
