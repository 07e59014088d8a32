// The parts of the Graphviz C library InclusionMapGraphviz calls: graph building (cgraph)
// and layout and rendering (gvc). Installed on Debian by `libgraphviz-dev`.
#ifndef INCLUSIONMAP_CGRAPHVIZ_SHIM_H
#define INCLUSIONMAP_CGRAPHVIZ_SHIM_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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
// Where a layout put a node (its centre, in points) and a graph or cluster (its bounding box):
// ND_coord and GD_bb are macros, which Swift cannot call.
static inline pointf inclusionmap_node_position(Agnode_t *node) { return ND_coord(node); }
static inline boxf inclusionmap_bounding_box(Agraph_t *graph) { return GD_bb(graph); }
#endif
