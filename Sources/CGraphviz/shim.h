// The parts of the Graphviz C library InclusionMapGraphviz calls: graph building (cgraph)
// and layout and rendering (gvc). Installed on Debian by `libgraphviz-dev`.
#ifndef INCLUSIONMAP_CGRAPHVIZ_SHIM_H
#define INCLUSIONMAP_CGRAPHVIZ_SHIM_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <stdint.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <poll.h>
#include <signal.h>
#include <unistd.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>


// Deterministic subgraph order. cgraph keeps subgraphs ordered by their ids, and its default
// id discipline uses the address of the name string as the id, so the order of clusters, and
// with it dot's and fdp's layout, changed from run to run. This discipline numbers subgraphs
// in order of creation (even ids 2, 4, 6, ... which no heap address can
// be) and hands every other name to the default discipline.
typedef struct {
    void *inner;
    char **names;
    size_t count;
    size_t capacity;
} inclusionmap_id_state;

static inline int inclusionmap_is_subgraph_name(int objtype, const char *name) {
    return objtype == AGRAPH && name != NULL;
}

static inline int inclusionmap_is_subgraph_id(const inclusionmap_id_state *s, int objtype, IDTYPE id) {
    return objtype == AGRAPH && id >= 2 && id % 2 == 0 && id <= 2 * (IDTYPE)s->count;
}

static void *inclusionmap_id_open(Agraph_t *g, Agdisc_t *disc) {
    inclusionmap_id_state *s = calloc(1, sizeof *s);
    if (s == NULL) return NULL;
    s->inner = AgIdDisc.open(g, disc);
    return s;
}

static long inclusionmap_id_map(void *state, int objtype, char *str, IDTYPE *id, int createflag) {
    inclusionmap_id_state *s = state;
    if (!inclusionmap_is_subgraph_name(objtype, str)) return AgIdDisc.map(s->inner, objtype, str, id, createflag);
    for (size_t i = 0; i < s->count; i++) {
        if (strcmp(s->names[i], str) == 0) {
            *id = 2 * (IDTYPE)(i + 1);
            return 1;
        }
    }
    if (!createflag) return 0;
    if (s->count == s->capacity) {
        size_t capacity = s->capacity ? 2 * s->capacity : 16;
        char **names = realloc(s->names, capacity * sizeof *names);
        if (names == NULL) return 0;
        s->names = names;
        s->capacity = capacity;
    }
    // A cgraph reference-counted string, as the default discipline makes: cgraph reads its
    // header (to tell HTML strings from plain ones). The graph's string pool frees it.
    char *copy = agstrdup((Agraph_t *)s->inner, str);
    if (copy == NULL) return 0;
    s->names[s->count++] = copy;
    *id = 2 * (IDTYPE)s->count;
    return 1;
}

static long inclusionmap_id_alloc(void *state, int objtype, IDTYPE id) {
    inclusionmap_id_state *s = state;
    return AgIdDisc.alloc(s->inner, objtype, id);
}

static void inclusionmap_id_free(void *state, int objtype, IDTYPE id) {
    inclusionmap_id_state *s = state;
    if (!inclusionmap_is_subgraph_id(s, objtype, id)) AgIdDisc.free(s->inner, objtype, id);
}

static char *inclusionmap_id_print(void *state, int objtype, IDTYPE id) {
    inclusionmap_id_state *s = state;
    if (inclusionmap_is_subgraph_id(s, objtype, id)) return s->names[id / 2 - 1];
    return AgIdDisc.print(s->inner, objtype, id);
}

static void inclusionmap_id_close(void *state) {
    inclusionmap_id_state *s = state;
    free(s->names);
    AgIdDisc.close(s->inner);
    free(s);
}

static void inclusionmap_id_register(void *state, int objtype, void *obj) {
    inclusionmap_id_state *s = state;
    AgIdDisc.idregister(s->inner, objtype, obj);
}

static Agiddisc_t inclusionmap_id_discipline = {
    inclusionmap_id_open, inclusionmap_id_map, inclusionmap_id_alloc, inclusionmap_id_free,
    inclusionmap_id_print, inclusionmap_id_close, inclusionmap_id_register,
};

// Opens a graph whose clusters keep their creation order.
static inline Agraph_t *inclusionmap_open(char *name, int directed) {
    static Agdisc_t discipline = { &AgMemDisc, &inclusionmap_id_discipline, &AgIoDisc };
    return agopen(name, directed ? Agdirected : Agundirected, &discipline);
}

// Makes every graph Graphviz opens without a discipline of its own (the layouts' internal
// graphs: fdp's derived graphs, the connected components pack makes) number its subgraphs in
// order of creation too, so their order, and the layout, is the same on every run.
static inline void inclusionmap_order_all_subgraphs(void) {
    AgDefaultDisc.id = &inclusionmap_id_discipline;
}

// Writes a graph as DOT text into memory (agwrite to an open_memstream), without a layout.
// Returns a malloc'd buffer the caller frees, or NULL on failure.
static inline char *inclusionmap_write_dot(Agraph_t *graph, size_t *length) {
    char *buffer = NULL;
    FILE *stream = open_memstream(&buffer, length);
    if (stream == NULL) return NULL;
    int status = agwrite(graph, stream);
    if (fclose(stream) != 0 || status != 0) {
        free(buffer);
        return NULL;
    }
    return buffer;
}
// Layouts in a child process. Graphviz 2.42's dot layout does not free the virtual nodes and
// edges it makes for clusters (about 330 KB per render of a map with boxes, LeakSanitizer:
// make_aux_edge, named_virtual_node in build_skeleton, new_virtual_edge in interclexp), and
// its cluster labels leak under neato; a renderer embedded in a long-running process would
// grow without bound. The child lays the graph out and renders it in every format, writes the
// results and Graphviz's messages to a pipe and exits; what the layout leaked goes with it.
// Only C runs in the child. Result: u32 layout status, u32 message length, the messages, then
// per format u32 status, u32 length, the bytes.
static char *inclusionmap_child_text = NULL;
static size_t inclusionmap_child_used = 0, inclusionmap_child_capacity = 0;

static int inclusionmap_child_errf(char *piece) {
    size_t length = strlen(piece);
    if (inclusionmap_child_used + length + 1 > inclusionmap_child_capacity) {
        size_t capacity = (inclusionmap_child_capacity + length + 1) * 2;
        char *grown = realloc(inclusionmap_child_text, capacity);
        if (grown == NULL) return 0;
        inclusionmap_child_text = grown;
        inclusionmap_child_capacity = capacity;
    }
    memcpy(inclusionmap_child_text + inclusionmap_child_used, piece, length);
    inclusionmap_child_used += length;
    return 0;
}

static int inclusionmap_write_all(int fd, const void *data, size_t length) {
    const char *bytes = data;
    while (length > 0) {
        ssize_t written = write(fd, bytes, length);
        if (written < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        bytes += written;
        length -= (size_t)written;
    }
    return 0;
}

static int inclusionmap_write_u32(int fd, uint32_t value) { return inclusionmap_write_all(fd, &value, sizeof value); }

// Renders `format` like gvRenderData; a PNG starts at a resolution whose canvas has at most
// 2.5 · `bitmap_limit` pixels, and one still larger than `bitmap_limit` bytes is drawn again at
// a lower resolution (its dpi times 0.9 · √(limit / size), PNG size following the pixel count)
// until it fits, at most eight times and never below 4 dpi. Call after the layout, and after
// the graph's other formats: Graphviz sizes later pages of the same layout from this one.
static inline int inclusionmap_render_data(GVC_t *gvc, Agraph_t *graph, const char *format, char **buffer,
                                           unsigned int *length, size_t bitmap_limit) {
    if (strcmp(format, "png") != 0 || bitmap_limit == 0) return gvRenderData(gvc, graph, (char *)format, buffer, length);
    double original = GD_drawing(graph)->dpi, dpi = original > 0 ? original : 96.0;
    // Cairo draws on a whole uncompressed canvas (4 bytes a pixel) before it compresses: start
    // at a resolution whose canvas holds at most 2.5 bytes a pixel of the limit, so a large
    // layout never allocates gigabytes only to be drawn again smaller.
    boxf box = GD_bb(graph);
    double square_inches = ((box.UR.x - box.LL.x) / 72.0) * ((box.UR.y - box.LL.y) / 72.0);
    double most_pixels = 2.5 * (double)bitmap_limit;
    if (square_inches > 0 && square_inches * dpi * dpi > most_pixels) {
        dpi = __builtin_sqrt(most_pixels / square_inches);
        if (dpi < 4) dpi = 4;
        GD_drawing(graph)->dpi = dpi;
    }
    int status = gvRenderData(gvc, graph, (char *)format, buffer, length);
    for (int attempt = 0; status == 0 && *length > bitmap_limit && attempt < 8 && dpi > 4; attempt++) {
        double scale = 0.9 * __builtin_sqrt((double)bitmap_limit / (double)*length);
        dpi = dpi * scale < 4 ? 4 : dpi * scale;
        gvFreeRenderData(*buffer);
        *buffer = NULL;
        GD_drawing(graph)->dpi = dpi;
        status = gvRenderData(gvc, graph, (char *)format, buffer, length);
    }
    GD_drawing(graph)->dpi = original;
    return status;
}

// Whether a child is stuck: asleep (state S) on Linux's /proc, with the CPU time it had at
// the last look (`*ticks`, updated). A child forked while another thread of this process held
// a library's lock (fontconfig's, taken by Pango's own font thread after an earlier render)
// waits on that lock for ever, asleep and using no CPU; a working child is running or in I/O.
// Returns 0 (working, or no /proc to tell) or 1 (asleep with no CPU used since the last look).
static int inclusionmap_child_is_idle(pid_t pid, long long *ticks) {
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
    FILE *file = fopen(path, "r");
    if (file == NULL) return 0;
    char text[1024];
    size_t length = fread(text, 1, sizeof text - 1, file);
    fclose(file);
    text[length] = 0;
    // The command name, in parentheses, may hold spaces: the fields follow the last ')'.
    // After it: state, then ppid pgrp session tty_nr tpgid, flags minflt cminflt majflt
    // cmajflt, then utime and stime (proc(5)).
    const char *rest = strrchr(text, ')');
    char state = 0;
    unsigned long long user = 0, system = 0;
    if (rest == NULL || sscanf(rest + 1, " %c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %llu %llu", &state, &user, &system) != 3) return 0;
    long long now = (long long)(user + system);
    int idle = state == 'S' && now == *ticks;
    *ticks = now;
    return idle;
}

// Returns 0 with a malloc'd result the caller frees; -1 when no child could be started or the
// child stalled (asleep, using no CPU, sending nothing, for `stall_seconds`: it was killed, and
// the caller lays out in this process); -2 when the child died (a crash inside Graphviz).
// `stall_on_purpose` (tests only) makes the child sleep before its layout, as a stuck one does.
static inline int inclusionmap_render_in_child(GVC_t *gvc, Agraph_t *graph, const char *engine, const char **formats, int count,
                                               size_t bitmap_limit, int stall_seconds, int stall_on_purpose,
                                               char **result, size_t *result_length) {
    int fds[2];
    if (pipe(fds) != 0) return -1;
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        close(fds[0]);
        close(fds[1]);
        return -1;
    }
    if (pid == 0) {
        close(fds[0]);
        agseterrf(inclusionmap_child_errf);
        srand(1);
        srand48(1);
        while (stall_on_purpose) pause();
        uint32_t status = (uint32_t)gvLayout(gvc, graph, engine);
        char **buffers = calloc((size_t)count + 1, sizeof *buffers);
        unsigned int *lengths = calloc((size_t)count + 1, sizeof *lengths);
        int *statuses = calloc((size_t)count + 1, sizeof *statuses);
        if (buffers == NULL || lengths == NULL || statuses == NULL) _exit(3);
        // PNGs last: a PNG drawn again at a lower resolution would shrink the pages after it.
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; status == 0 && i < count; i++) {
                if ((strcmp(formats[i], "png") == 0) != (pass == 1)) continue;
                statuses[i] = inclusionmap_render_data(gvc, graph, formats[i], &buffers[i], &lengths[i], bitmap_limit);
            }
        }
        int failed = inclusionmap_write_u32(fds[1], status) || inclusionmap_write_u32(fds[1], (uint32_t)inclusionmap_child_used)
            || inclusionmap_write_all(fds[1], inclusionmap_child_text ? inclusionmap_child_text : "", inclusionmap_child_used);
        for (int i = 0; !failed && status == 0 && i < count; i++) {
            uint32_t length = buffers[i] ? lengths[i] : 0;
            failed = inclusionmap_write_u32(fds[1], (uint32_t)statuses[i]) || inclusionmap_write_u32(fds[1], length)
                || inclusionmap_write_all(fds[1], buffers[i] ? buffers[i] : "", length);
        }
        _exit(failed ? 4 : 0);
    }
    close(fds[1]);
    size_t used = 0, capacity = 1 << 16;
    char *buffer = malloc(capacity);
    int broken = buffer == NULL, idle_seconds = 0;
    long long ticks = -1;
    while (!broken) {
        struct pollfd ready = {fds[0], POLLIN, 0};
        int events = poll(&ready, 1, 1000);
        if (events < 0 && errno == EINTR) continue;
        if (events == 0) {
            idle_seconds = inclusionmap_child_is_idle(pid, &ticks) ? idle_seconds + 1 : 0;
            if (idle_seconds < stall_seconds) continue;
            kill(pid, SIGKILL);
            while (waitpid(pid, NULL, 0) < 0 && errno == EINTR) {}
            close(fds[0]);
            free(buffer);
            return -1;
        }
        idle_seconds = 0;
        if (used == capacity) {
            char *grown = realloc(buffer, capacity * 2);
            if (grown == NULL) { broken = 1; break; }
            buffer = grown;
            capacity *= 2;
        }
        ssize_t got = read(fds[0], buffer + used, capacity - used);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) break;
        used += (size_t)got;
    }
    close(fds[0]);
    int wait_status = 0;
    while (waitpid(pid, &wait_status, 0) < 0 && errno == EINTR) {}
    if (broken || !WIFEXITED(wait_status) || WEXITSTATUS(wait_status) != 0) {
        free(buffer);
        return -2;
    }
    *result = buffer;
    *result_length = used;
    return 0;
}

// Where a layout put a node (its centre, in points) and a graph or cluster (its bounding box):
// ND_coord and GD_bb are macros, which Swift cannot call.
static inline pointf inclusionmap_node_position(Agnode_t *node) { return ND_coord(node); }
static inline boxf inclusionmap_bounding_box(Agraph_t *graph) { return GD_bb(graph); }
#endif
