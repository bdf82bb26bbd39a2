"""Mock interviews: the question model, answer scoring (0–100) and interview plans."""
