package server

// The canvas URLs, in one place so handlers and views cannot drift apart.

func canvasEditPath(secret string) string { return "/canvas/" + secret }

func canvasSharePath(secret string) string { return "/canvas/" + secret + "/share" }

func canvasDeletePath(secret string) string { return "/canvas/" + secret + "/delete" }

func canvasExportPath(secret string) string { return "/canvas/" + secret + "/export.json" }

func canvasViewPath(shareID string) string { return "/shared/canvas/" + shareID }

func canvasViewExportPath(shareID string) string { return "/shared/canvas/" + shareID + "/export.json" }
