/// The report's styles, inlined in the page: readable type, quiet tables, maps that fit the
/// page, and print rules that keep sections and figures whole. Colours of the chart follow
/// Paul Tol's colour-blind-safe palette, as the maps do.
enum Stylesheet {
    static let css: Markup = """
        :root { --ink: #1f2933; --muted: #5f6b7a; --line: #d9dee4; --paper: #ffffff; --ground: #f3f4f1;
          --accent: #1d4e89; --red: #cc3311; --orange: #ee7733; --blue: #4477aa; }
        * { box-sizing: border-box; }
        html { font-size: 16px; }
        body { margin: 0; background: var(--ground); color: var(--ink);
          font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        header { background: var(--accent); color: #fff; padding: 2rem 1.5rem 1.2rem; }
        header > * { max-width: 72rem; margin-left: auto; margin-right: auto; }
        h1 { font-size: 2rem; line-height: 1.2; margin-top: 0; margin-bottom: 0.3rem; }
        .subtitle { margin-top: 0; opacity: 0.85; }
        header p { max-width: 72rem; }
        nav ol { list-style: none; padding: 0; margin: 1rem auto 0; display: flex; flex-wrap: wrap; gap: 0.4rem; }
        nav a { display: inline-block; color: #fff; text-decoration: none; padding: 0.2rem 0.7rem;
          border: 1px solid rgba(255,255,255,0.45); border-radius: 1rem; font-size: 0.9rem; }
        nav a:hover { background: rgba(255,255,255,0.15); }
        main { max-width: 72rem; margin: 0 auto; padding: 1.5rem 1rem 2rem; }
        section, .findings { background: var(--paper); border: 1px solid var(--line); border-radius: 6px;
          padding: 1.2rem 1.6rem 1.4rem; margin-bottom: 1.5rem; }
        .findings { border-left: 6px solid var(--orange); }
        .findings h2 { margin-top: 0.2rem; }
        .findings li { margin-bottom: 0.35rem; }
        .findings a { color: inherit; text-decoration: none; border-bottom: 1px dotted var(--muted); }
        h2 { font-size: 1.45rem; margin: 0.3rem 0 0.8rem; }
        h2 .number { display: inline-block; min-width: 1.8rem; height: 1.8rem; line-height: 1.8rem; text-align: center;
          border-radius: 50%; background: var(--accent); color: #fff; font-size: 1rem; margin-right: 0.4rem; vertical-align: 0.15rem; }
        h3 { font-size: 1.1rem; margin: 1.6rem 0 0.5rem; }
        p { max-width: 52rem; }
        .lead { font-size: 1.08rem; }
        .note { color: var(--muted); font-size: 0.88rem; margin-top: 0.3rem; }
        .privacy { background: #eef4fb; border-left: 4px solid var(--blue); padding: 0.5rem 0.8rem; }
        .warning { background: #fdf3e7; border-left: 4px solid var(--orange); padding: 0.5rem 0.8rem; }
        .table { overflow-x: auto; margin: 0.5rem 0 0.2rem; }
        table { border-collapse: collapse; font-size: 0.92rem; }
        th, td { padding: 0.35rem 0.7rem; text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); }
        th { font-weight: 600; border-bottom: 2px solid var(--ink); white-space: nowrap; }
        tbody tr:nth-child(even) { background: #f8f9fa; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td:last-child { max-width: 34rem; }
        table.with-details tbody tr:nth-child(even) { background: none; }
        table.with-details tr:not(.detail) td { border-bottom: none; padding-bottom: 0.1rem; }
        tr.detail td { color: var(--muted); font-size: 0.86rem; padding-top: 0; padding-left: 2.2rem; max-width: none; }
        .ego-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(26rem, 1fr)); gap: 0 1.2rem; }
        .map-frame.natural svg.map { width: auto; max-width: none; }
        .id { color: var(--muted); font-size: 0.85em; }
        .tag { display: inline-block; font-size: 0.75rem; font-weight: 600; color: #fff; background: var(--red);
          border-radius: 0.6rem; padding: 0 0.45rem; margin-left: 0.2rem; vertical-align: 0.1rem; white-space: nowrap; }
        .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 22rem)); gap: 0 1.5rem; }
        .grid table { width: 100%; }
        ul.missing strong { color: var(--red); }
        ul.issues { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.85rem; }
        figure { margin: 1rem 0 1.2rem; }
        .map-frame { border: 1px solid var(--line); border-radius: 4px; background: #fff; padding: 0.5rem; }
        .map-frame.natural { overflow: auto; max-height: 85vh; }
        svg.map { display: block; width: 100%; height: auto; margin: 0 auto; }
        figcaption { color: var(--muted); font-size: 0.88rem; margin-top: 0.4rem; max-width: 52rem; }
        figcaption .files a { font-weight: 600; color: var(--accent); margin-left: 0.2rem; }
        .chart-figure { max-width: 42rem; }
        svg.chart { display: block; width: 100%; height: auto; }
        svg.chart .axis { stroke: var(--ink); stroke-width: 1; }
        svg.chart text { font-size: 12px; fill: var(--ink); text-anchor: middle; }
        svg.chart .axis-title { fill: var(--muted); }
        .bar-never, .key.never::before { fill: #bbbbbb; background: #bbbbbb; }
        .bar-some, .key.some::before { fill: var(--blue); background: var(--blue); }
        .bar-usual, .key.usual::before { fill: var(--orange); background: var(--orange); }
        table.matrix { font-size: 0.8rem; }
        table.matrix th, table.matrix td { padding: 0.2rem 0.35rem; border: 1px solid var(--line); }
        table.matrix tbody tr:nth-child(even) { background: none; }
        table.matrix tbody th { font-weight: normal; white-space: nowrap; text-align: left; border-bottom: 1px solid var(--line); }
        table.matrix .index { display: inline-block; min-width: 1.4rem; color: var(--muted); }
        td.zero, .key.zero::before { background: #ffd6dd; }
        td.single, .key.single::before { background: #ffe2b8; }
        td.diag, .key.diag::before { background: #e4e8ec; }
        .key { white-space: nowrap; margin-left: 0.6rem; }
        .key::before { content: ""; display: inline-block; width: 0.8rem; height: 0.8rem; margin-right: 0.3rem; vertical-align: -0.05rem; }
        dl.method dt { font-weight: 600; margin-top: 1rem; }
        dl.method dd { margin-left: 0; padding-left: 1rem; border-left: 3px solid var(--line); }
        dl.method dd p { margin: 0.25rem 0; }
        code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.86rem; }
        pre.command { background: #f0f2f4; padding: 0.6rem 0.8rem; border-radius: 4px; white-space: pre-wrap; word-break: break-all; }
        footer { max-width: 72rem; margin: 0 auto; padding: 0 1rem 2rem; color: var(--muted); font-size: 0.88rem; }
        a { color: var(--accent); }
        @media print {
          body { background: #fff; }
          header { background: none; color: var(--ink); padding: 0; }
          nav { display: none; }
          section, .findings { border: none; padding: 0; break-before: page; }
          .findings { break-before: auto; }
          figure, table { break-inside: avoid; }
          .map-frame.natural { overflow: visible; max-height: none; }
          .map-frame.natural svg.map { width: 100%; max-width: 100%; }
          .map-frame { max-height: none; overflow: visible; border: none; }
        }

        """
}
