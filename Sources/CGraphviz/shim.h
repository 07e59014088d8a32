// The parts of the Graphviz C library InclusionMapGraphviz calls: graph building (cgraph)
// and layout and rendering (gvc). Installed on Debian by `libgraphviz-dev`.
#ifndef INCLUSIONMAP_CGRAPHVIZ_SHIM_H
#define INCLUSIONMAP_CGRAPHVIZ_SHIM_H
#include <stdio.h>
#include <stdlib.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

// cgraph's graph descriptors are global variables, which Swift 6 cannot read safely;
// these copy them (they are never written).
static inline Agdesc_t inclusionmap_directed_graph(void) { return Agdirected; }
static inline Agdesc_t inclusionmap_undirected_graph(void) { return Agundirected; }

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
#endif
