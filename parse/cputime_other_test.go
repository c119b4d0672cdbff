//go:build !unix

package parse

import "time"

// cpuTime reports that CPU time cannot be read on this system.
func cpuTime() (time.Duration, bool) { return 0, false }
