"""The files a simulated chip keeps its state in (flash, eFuses): whole, locked, as the user made them.

Whole: every save goes to a temporary file beside the target, renamed over it,
so the file holds the old content or the new, never a part.

As the user made them: a new file gets what open() would give it (0666 less
the umask); a file that exists keeps its permission bits.

Locked: from the moment a chip opens its file until it closes it, it holds an
exclusive advisory lock (flock) on it, so a second simulator on the same file
(another espsim, an espsim:// session, `espefuse.py --file`) is refused at once
with one line, instead of both running and the last to save silently undoing
the other's writes. The kernel drops the lock when the process ends, crash
included, so nothing has to be cleaned up. A lock belongs to an inode and each
save puts a new inode in place, so the new one is locked before the rename
makes it visible, and an opener checks that the inode it locked is still the
one at the path (else a save just replaced it: it tries the new one). A
missing file is created whole and locked, with a hard link that fails if
another opener created it first (where the file system has no hard links,
as FAT, it is renamed into place unguarded). Where Python has no fcntl
(Windows), or the file system refuses locks, files are not locked: two
simulators on one file there are the user's to avoid.
"""
import os
import stat

try:
    import fcntl
except ImportError:          # Windows: no advisory locks (see the module docstring)
    fcntl = None


class FileInUse(OSError):
    """Another program holds the lock on a chip's state file."""


class StateFile:
    """One state file (`what`: "flash file", "eFuse file"), locked from open() to close()."""

    def __init__(self, path, what):
        self.path = path
        self.what = what
        self._fd = None              # the locked file's descriptor, while open
        self.closed = False

    def open(self, initial):
        """Lock the file and return its content; a missing file is created with
        `initial()` (bytes), and then None is returned. OSError (FileInUse if
        another program has it) with a message naming the file."""
        try:
            while True:
                fd = self._lock_existing()
                if fd is not None:
                    self._fd = fd
                    return self._read(fd)
                if self._create(initial()):
                    return None
        except FileInUse:
            raise
        except OSError as error:
            self.close()
            raise OSError("cannot open %s %s: %s" % (self.what, self.path,
                                                      error.strerror or error))

    def save(self, data):
        """Replace the file's content whole; the new file is locked as the old was."""
        if self.closed:
            return                   # closed: the last save is on disk, the lock is gone
        try:
            tmp, fd = self._write_temp(data)
            try:
                os.replace(tmp, self.path)
            except BaseException:
                os.close(fd)
                _remove_quietly(tmp)
                raise
        except OSError as error:
            raise OSError("cannot save %s %s: %s" % (self.what, self.path,
                                                      error.strerror or error))
        self._adopt(fd)

    def close(self):
        """Release the lock (the content was saved by the caller)."""
        self.closed = True
        self._adopt(None)

    # -- locking --

    def _lock_existing(self):
        """A locked descriptor of the file at the path, None if there is none; FileInUse."""
        while True:
            try:
                fd = os.open(self.path, os.O_RDONLY)
            except FileNotFoundError:
                return None
            if not _try_lock(fd):
                os.close(fd)
                raise FileInUse("%s %s is in use by another program (an espsim, an espsim:// "
                                "session or espefuse.py --file): only one at a time"
                                % (self.what, self.path))
            if _still_at(fd, self.path):
                return fd
            os.close(fd)             # replaced while we locked it: the new one is the file

    def _create(self, data):
        """Create the missing file whole and locked; False if another opener was first."""
        tmp, fd = self._write_temp(data)
        try:
            os.link(tmp, self.path)  # fails where the path exists: never replaces
        except FileExistsError:
            os.close(fd)
            return False
        except OSError:
            os.replace(tmp, self.path)   # no hard links here (FAT): created, unguarded
        finally:
            _remove_quietly(tmp)
        self._adopt(fd)
        return True

    def _adopt(self, fd):
        old, self._fd = self._fd, fd
        if old is not None:
            os.close(old)

    # -- writing --

    def _write_temp(self, data):
        """(path, locked descriptor) of a new temporary file beside ours holding `data`."""
        directory, name = os.path.split(os.path.abspath(self.path))
        while True:
            tmp = os.path.join(directory, ".%s.%s.espsim" % (name, os.urandom(4).hex()))
            try:
                # Mode 0666 with O_CREAT lets the kernel apply the umask, as open() does.
                fd = os.open(tmp, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o666)
                break
            except FileExistsError:
                continue
        try:
            mode = _mode_of(self.path)
            if mode is not None:
                os.fchmod(fd, mode)
            _try_lock(fd)            # a new file nobody else can know of: always ours
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
        except BaseException:
            os.close(fd)
            _remove_quietly(tmp)
            raise
        return tmp, fd

    @staticmethod
    def _read(fd):
        chunks = []
        while True:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)


def _try_lock(fd):
    """Take the exclusive lock without waiting; False if another holds it."""
    if fcntl is None:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:
        pass                         # a file system without locks: as without fcntl
    return True


def _still_at(fd, path):
    try:
        here, there = os.fstat(fd), os.stat(path)
    except FileNotFoundError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def _mode_of(path):
    """The permission bits of the file at `path`, None if there is none."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        return None


def _remove_quietly(path):
    try:
        os.unlink(path)
    except OSError:
        pass
