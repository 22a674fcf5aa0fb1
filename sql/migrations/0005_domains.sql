-- The fixed social-domain vocabulary (labels are Dutch UI text, B1).
INSERT INTO domain (code, label, law, sort_order) VALUES
  ('wmo', 'Wmo: ondersteuning thuis', 'Wet maatschappelijke ondersteuning 2015', 1),
  ('jeugd', 'Jeugdhulp', 'Jeugdwet', 2),
  ('werk_inkomen', 'Werk en inkomen', 'Participatiewet', 3),
  ('schuldhulp', 'Schuldhulp', 'Wet gemeentelijke schuldhulpverlening', 4),
  ('inburgering', 'Inburgering', 'Wet inburgering 2021', 5),
  ('overig', 'Overig sociaal domein', NULL, 6);
