"""Views researchers can check values in: the terminal (`terminal`) and a static HTML report
(`report`), both showing every extracted span in its sentence."""
