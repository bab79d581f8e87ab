//! Codes of the `least-privilege` check.

use crate::policy::diag::Code;

const C: &str = super::NAME;

pub const ROOT_USER: Code = Code {
    code: "root-user",
    check: C,
    doc: "The container runs as root: the config has no `User`, or `root`, `0`, `0:0` (any user part that is `root` or uid 0). A process escaping the application then has root in the container, and on the host with a misconfigured runtime. Add `USER <non-root uid>` to the Dockerfile. Named users are not resolved through /etc/passwd. Level set by `[least-privilege] root-user` (default `warning`).",
};
pub const SETUID: Code = Code {
    code: "setuid-file",
    check: C,
    doc: "A regular file has the setuid or setgid bit: running it grants its owner's (often root's) or group's privileges, a classic escalation path. Remove the bit (`chmod u-s,g-s`) or the file, or exempt it with `[least-privilege] allowed-setuid` globs. Directories with setgid (group inheritance) are not reported. Level set by `setuid` (default `note`).",
};
pub const WORLD_WRITABLE: Code = Code {
    code: "world-writable",
    check: C,
    doc: "A file or directory is writable by every user (mode o+w). Any process can then replace code or data the application trusts. Directories with the sticky bit (like /tmp and /var/tmp, mode 1777) are not reported: there users can only remove their own files. Symlinks are not reported (their mode means nothing). Exempt paths with `[least-privilege] allowed-world-writable` globs. Level set by `world-writable` (default `warning`).",
};
pub const DEVICE: Code = Code {
    code: "device-file",
    check: C,
    doc: "The image contains a character or block device node. Container runtimes provide /dev themselves; a device node in an image can give direct hardware or kernel access if the container gets the matching permission. Level set by `[least-privilege] devices` (default `warning`).",
};
pub const ESCALATION_TOOL: Code = Code {
    code: "privilege-escalation-tool",
    check: C,
    doc: "A tool that switches to another user (`sudo`, `su`, `doas`, `pkexec`) is in a standard binary directory. An application container rarely needs one; with a writable setuid binary or a weak sudoers file it is an escalation path. Remove the package if it is not needed. Level set by `[least-privilege] escalation-tools` (default `note`; `su` is part of most distributions' base).",
};

pub const CODES: &[Code] = &[ROOT_USER, SETUID, WORLD_WRITABLE, DEVICE, ESCALATION_TOOL];
