// Package npmpack fetches and unpacks a pinned npm package for the
// project's table generators (internal/stopwords/gen.go,
// internal/figures/gen_cldr.go). It calls the npm and tar commands, so it
// runs only where `go generate` is run by hand, never in a build or test.
package npmpack

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

// Unpack runs `npm pack name@version` in a new temporary directory and
// unpacks the tarball there. It returns the path of the package's root
// (the tarball's "package" folder) and a function that removes the
// temporary directory.
func Unpack(name, version string) (dir string, cleanup func(), err error) {
	tmp, err := os.MkdirTemp("", name)
	if err != nil {
		return "", nil, err
	}
	cleanup = func() { os.RemoveAll(tmp) }
	pack := exec.Command("npm", "pack", "--silent", name+"@"+version)
	pack.Dir, pack.Stderr = tmp, os.Stderr
	if err := pack.Run(); err != nil {
		cleanup()
		return "", nil, fmt.Errorf("npm pack %s@%s: %w", name, version, err)
	}
	tar := exec.Command("tar", "xzf", name+"-"+version+".tgz")
	tar.Dir, tar.Stderr = tmp, os.Stderr
	if err := tar.Run(); err != nil {
		cleanup()
		return "", nil, fmt.Errorf("unpacking %s-%s.tgz: %w", name, version, err)
	}
	return filepath.Join(tmp, "package"), cleanup, nil
}
